package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.workflow.application.InboxCounts;
import jp.isms.workflow.application.InboxFilter;
import jp.isms.workflow.application.InboxService;
import jp.isms.workflow.application.TaskActions;
import jp.isms.workflow.application.TaskRow;
import jp.isms.web.security.CurrentUser;

/** The caller's inbox and what they do with a task. */
@Path("/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    InboxService inbox;

    @Inject
    TaskActions tasks;

    @Inject
    jp.isms.workflow.application.TaskDeadlines deadlines;

    /** {@code onBehalfOf}: the manager whose task reaches the caller as their deputy, else null. */
    public record TaskJson(String id, String name, String taskKey, String processKey, String businessKey,
            String created, String due, int priority, String assignee, String onBehalfOf) {

        static TaskJson of(TaskRow row) {
            return new TaskJson(row.id(), row.name(), row.taskKey(), row.processKey(), row.businessKey(),
                    Json.instant(row.created()), Json.instant(row.due()), row.priority(), row.assignee(), row.onBehalfOf());
        }
    }

    public record DueJson(String due) {
    }

    /** {@code departments}: where a return or rejection goes back to (department codes; {@code -} for risks without one). */
    public record DecisionJson(String decision, String comment, java.util.List<String> departments) {
    }

    @GET
    public Response list(@QueryParam("filter") @DefaultValue("all") String filter,
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max,
            @QueryParam("sort") @DefaultValue("created") String sort, @QueryParam("asc") @DefaultValue("false") boolean asc,
            @QueryParam("name") String name, @QueryParam("businessKey") String businessKey,
            @QueryParam("processKey") String processKey) {
        Map<String, String> filters = new HashMap<>();
        if (name != null) {
            filters.put("name", name);
        }
        if (businessKey != null) {
            filters.put("businessKey", businessKey);
        }
        if (processKey != null) {
            filters.put("processKey", processKey);
        }
        InboxFilter which = InboxFilter.valueOf(filter.toUpperCase(Locale.ROOT).matches("ALL|MINE|UNCLAIMED")
                ? filter.toUpperCase(Locale.ROOT) : "ALL");
        Page<TaskRow> page = inbox.page(currentUser.actor(), which, new PageRequest(first, max, sort, asc, filters));
        List<TaskJson> rows = page.rows().stream().map(TaskJson::of).toList();
        return Response.ok(rows).header("X-Total-Count", page.total()).build();
    }

    /** How many tasks the caller has in each state of the inbox. */
    @GET
    @Path("/counts")
    public InboxCounts counts() {
        return inbox.counts(currentUser.actor());
    }

    /** Moves the due date ({@code {"due":"2026-12-01T17:00:00+09:00"}}, null removes it): ISMS office or CISO. */
    @PUT
    @Path("/{id}/due")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response due(@PathParam("id") String id, DueJson body) {
        java.time.Instant due;
        try {
            due = body == null || body.due() == null || body.due().isBlank() ? null
                    : java.time.OffsetDateTime.parse(body.due()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw jp.isms.shared.domain.IsmsException.invalid("notification.due.invalid");
        }
        deadlines.setDue(currentUser.actor(), id, due);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/claim")
    public Response claim(@PathParam("id") String id) {
        tasks.claim(currentUser.actor(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/unclaim")
    public Response unclaim(@PathParam("id") String id) {
        tasks.unclaim(currentUser.actor(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") String id, DecisionJson body) {
        DecisionJson decision = body == null ? new DecisionJson(null, null, null) : body;
        tasks.complete(currentUser.actor(), id, decision.decision(), decision.comment(),
                decision.departments() == null ? java.util.List.of() : decision.departments());
        return Response.noContent().build();
    }
}
