package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.isms.corrective.application.ActionView;
import jp.isms.corrective.application.CorrectiveActionReport;
import jp.isms.corrective.application.CorrectiveActionSteps;
import jp.isms.corrective.application.CorrectiveActions;
import jp.isms.processes.CorrectiveAction;
import jp.isms.project.application.ProjectDates;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.application.TaskActions;
import jp.isms.web.security.CurrentUser;

/**
 * One corrective action: its record with history, its report (PDF/A), each work step (saved and its task completed
 * together), and the two decisions — the office's on the plan, and the verification — by the action's id rather than
 * a task id (the same decisions are open in {@code /tasks} too).
 */
@Path("/corrective-actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CorrectiveActionsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CorrectiveActions actions;

    @Inject
    CorrectiveActionReport report;

    @Inject
    TaskActions tasks;

    public record TextJson(String text) {
    }

    public record RootCauseJson(List<String> whys, String rootCause) {
    }

    /** {@code dueDate} as YYYY-MM-DD. */
    public record PlanJson(String plan, String owner, String dueDate) {
    }

    /** {@code decision}: approve or return (plan); approve or reject (verification), {@code reopen}: PLAN or IMPLEMENTATION. */
    public record DecisionJson(String decision, String comment, String reopen) {
    }

    @GET
    @Path("/{id}")
    public ActionView get(@PathParam("id") long id) {
        return actions.view(currentUser.actor(), id);
    }

    @GET
    @Path("/{id}/report.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        ActionView view = actions.view(currentUser.actor(), id);
        return Downloads.attachment(report.pdf(currentUser.actor(), id), Downloads.PDF,
                CorrectiveActionReport.fileName(view.actionNo()));
    }

    @POST
    @Path("/{id}/correction")
    public ActionView correction(@PathParam("id") long id, TextJson body) {
        return actions.submitCorrection(currentUser.actor(), id, required(body).text());
    }

    @POST
    @Path("/{id}/root-cause")
    public ActionView rootCause(@PathParam("id") long id, RootCauseJson body) {
        return actions.submitRootCause(currentUser.actor(), id, required(body).whys(), body.rootCause());
    }

    @POST
    @Path("/{id}/plan")
    public ActionView plan(@PathParam("id") long id, PlanJson body) {
        required(body);
        return actions.submitPlan(currentUser.actor(), id, body.plan(), body.owner(),
                body.dueDate() == null || body.dueDate().isBlank() ? null
                        : ProjectDates.parse(body.dueDate(), "corrective.field.dueDate"));
    }

    @POST
    @Path("/{id}/implementation")
    public ActionView implementation(@PathParam("id") long id, TextJson body) {
        return actions.submitImplementation(currentUser.actor(), id, required(body).text());
    }

    @POST
    @Path("/{id}/plan-decision")
    public ActionView decidePlan(@PathParam("id") long id, DecisionJson body) {
        return decide(id, CorrectiveAction.TASK_APPROVE_PLAN, required(body), List.of());
    }

    @POST
    @Path("/{id}/verification")
    public ActionView verify(@PathParam("id") long id, DecisionJson body) {
        required(body);
        return decide(id, CorrectiveAction.TASK_VERIFY, body, body.reopen() == null ? List.of()
                : List.of(body.reopen().strip().toUpperCase(java.util.Locale.ROOT)));
    }

    private ActionView decide(long id, String taskKey, DecisionJson body, List<String> targets) {
        String taskId = actions.openTaskId(currentUser.actor(), id, taskKey);
        if (!targets.isEmpty() && !List.of(CorrectiveActionSteps.TARGET_PLAN, CorrectiveActionSteps.TARGET_IMPLEMENTATION)
                .containsAll(targets)) {
            throw IsmsException.invalid("corrective.reopen.unknownTarget", String.join(",", targets));
        }
        tasks.complete(currentUser.actor(), taskId, body.decision(), body.comment(), targets);
        return actions.view(currentUser.actor(), id);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        return body;
    }
}
