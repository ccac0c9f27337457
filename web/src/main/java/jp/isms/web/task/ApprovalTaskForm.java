package jp.isms.web.task;

import static jp.isms.processes.RiskAssessmentApproval.VAR_ASSESSMENT_ID;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.isms.risk.application.AssessmentView;
import jp.isms.risk.application.RiskRegister;
import jp.isms.risk.application.RiskRow;
import jp.isms.workflow.application.TaskActions;
import jp.isms.workflow.domain.Decision;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * The form of every task of {@code risk-assessment-approval}: what is being decided on (the
 * residual risks with scores and levels), every earlier decision of this process instance in
 * order, and the decisions this task allows.
 */
@Named
@ViewScoped
public class ApprovalTaskForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    TaskActions tasks;

    @Inject
    RiskRegister register;

    private String taskId;
    private TaskActions.OpenTask task;
    private AssessmentView assessment;
    private PagedModel<RiskRow> risks;
    private String comment;

    /** Loads the task; an unknown, finished or foreign task leaves a message and no form. */
    public void load() {
        Ui.attempt(() -> {
            task = tasks.open(currentUser.actor(), taskId);
            long assessmentId = ((Number) task.variables().get(VAR_ASSESSMENT_ID)).longValue();
            assessment = register.byId(currentUser.actor(), assessmentId);
            risks = new PagedModel<>(request -> register.risks(currentUser.actor(), assessmentId, request),
                    RiskRow::riskNo, "residualScore", false);
        });
    }

    public void decide(String decision) throws IOException {
        if (task == null) {
            return;
        }
        if (Ui.attempt(() -> tasks.complete(currentUser.actor(), taskId, decision, comment))) {
            Ui.info("task.decisionRecorded", Ui.text("decision." + Decision.parse(decision).orElseThrow().name()));
            Ui.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/inbox.xhtml");
        }
    }

    /** This process instance's decisions, oldest first. */
    public List<AssessmentView.DecisionView> getHistory() {
        if (assessment == null) {
            return List.of();
        }
        return assessment.decisions().stream().filter(d -> task.processInstanceId().equals(d.processInstanceId()))
                .sorted(Comparator.comparing(AssessmentView.DecisionView::decidedAt)).toList();
    }

    /** The latest decision that sent the work back, or the CISO's review: what the reader must see first. */
    public Optional<AssessmentView.DecisionView> getLatestComment() {
        List<AssessmentView.DecisionView> history = getHistory();
        for (int i = history.size() - 1; i >= 0; i--) {
            AssessmentView.DecisionView d = history.get(i);
            if (d.comment() != null && d.decision() != Decision.SUBMIT && d.decision() != Decision.RESUBMIT) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public boolean allows(String decision) {
        return task != null && Decision.parse(decision).map(task.decisions()::contains).orElse(false);
    }

    public String getTaskId() {
        return taskId;
    }

    public void setTaskId(String taskId) {
        this.taskId = taskId;
    }

    public TaskActions.OpenTask getTask() {
        return task;
    }

    public AssessmentView getAssessment() {
        return assessment;
    }

    public PagedModel<RiskRow> getRisks() {
        return risks;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
