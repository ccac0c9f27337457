package jp.isms.web.task;

import static jp.isms.processes.RiskAssessmentApproval.VAR_ASSESSMENT_ID;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.isms.risk.application.AssessmentView;
import jp.isms.risk.application.RiskRegister;
import jp.isms.risk.application.RiskRow;
import jp.isms.workflow.application.TaskActions;
import jp.isms.workflow.domain.Decision;
import jp.isms.web.faces.PagedModel;

/**
 * The form of every task of {@code risk-assessment-approval}: what is being decided on (the
 * residual risks with scores and levels), every earlier decision of this process instance in
 * order, and the decisions this task allows.
 */
@Named
@ViewScoped
public class ApprovalTaskForm extends TaskDecisionForm {

    private static final long serialVersionUID = 1L;

    @Inject
    RiskRegister register;

    private AssessmentView assessment;
    private PagedModel<RiskRow> risks;

    @Override
    protected void loadSubject(TaskActions.OpenTask task) {
        long assessmentId = ((Number) task.variables().get(VAR_ASSESSMENT_ID)).longValue();
        assessment = register.byId(currentUser.actor(), assessmentId);
        risks = new PagedModel<>(request -> register.risks(currentUser.actor(), assessmentId, request),
                RiskRow::riskNo, "residualScore", false);
    }

    /** This process instance's decisions, oldest first. */
    public List<AssessmentView.DecisionView> getHistory() {
        if (assessment == null) {
            return List.of();
        }
        return assessment.decisions().stream().filter(d -> getTask().processInstanceId().equals(d.processInstanceId()))
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

    public AssessmentView getAssessment() {
        return assessment;
    }

    public PagedModel<RiskRow> getRisks() {
        return risks;
    }
}
