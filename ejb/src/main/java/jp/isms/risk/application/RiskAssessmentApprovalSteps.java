package jp.isms.risk.application;

import static jp.isms.processes.RiskAssessmentApproval.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskAssessmentRepository;
import jp.isms.workflow.application.DecisionStep;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/** The decisions of {@code risk-assessment-approval}'s user tasks. */
@ApplicationScoped
public class RiskAssessmentApprovalSteps implements DecisionStep {

    public static final String SUBJECT_TYPE = "RISK_ASSESSMENT";

    private static final Map<String, Set<Decision>> DECISIONS = Map.of(
            TASK_REVIEW_BY_CISO, Set.of(Decision.APPROVE, Decision.RETURN),
            TASK_APPROVE_RESIDUAL_RISKS, Set.of(Decision.APPROVE, Decision.REJECT),
            TASK_REVISE_RISK_ASSESSMENT, Set.of(Decision.RESUBMIT));

    @Inject
    RiskAssessmentRepository assessments;

    @Override
    public boolean covers(String taskDefinitionKey) {
        return DECISIONS.containsKey(taskDefinitionKey);
    }

    @Override
    public Set<Decision> decisions(String taskDefinitionKey) {
        return DECISIONS.getOrDefault(taskDefinitionKey, Set.of());
    }

    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor) {
        return switch (taskDefinitionKey) {
            case TASK_REVIEW_BY_CISO -> Map.of(VAR_CISO_DECISION, decision.processValue());
            case TASK_APPROVE_RESIDUAL_RISKS -> Map.of(VAR_TOP_MANAGEMENT_DECISION, decision.processValue());
            default -> Map.of(VAR_SUBMITTED_BY, actor.username());
        };
    }

    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        RiskAssessment assessment = assessments.findById(((Number) processVariables.get(VAR_ASSESSMENT_ID)).longValue())
                .orElseThrow(() -> new IllegalStateException("Process refers to a missing assessment"));
        return subjectOf(assessment);
    }

    static ApprovalRecord.Subject subjectOf(RiskAssessment assessment) {
        return new ApprovalRecord.Subject(SUBJECT_TYPE, assessment.getBusinessKey(), assessment.getVersion(),
                assessment.residualRiskFingerprint());
    }

    @Override
    public boolean independentOfSubmitter(String taskDefinitionKey) {
        return !TASK_REVISE_RISK_ASSESSMENT.equals(taskDefinitionKey);
    }

    @Override
    public String submitterVariable() {
        return VAR_SUBMITTED_BY;
    }
}
