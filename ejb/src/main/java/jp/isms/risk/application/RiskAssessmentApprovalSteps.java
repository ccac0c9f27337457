package jp.isms.risk.application;

import static jp.isms.processes.RiskAssessmentApproval.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskAssessmentRepository;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.application.DecisionStep;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/** The decisions of {@code risk-assessment-approval}'s user tasks. */
@ApplicationScoped
public class RiskAssessmentApprovalSteps implements DecisionStep {

    public static final String SUBJECT_TYPE = "RISK_ASSESSMENT";

    private static final Map<String, Set<Decision>> DECISIONS = Map.of(
            TASK_CONFIRM_BY_DEPARTMENT, Set.of(Decision.APPROVE),
            TASK_CONSOLIDATE_BY_OFFICE, Set.of(Decision.RESUBMIT),
            TASK_REVIEW_BY_CISO, Set.of(Decision.APPROVE, Decision.RETURN),
            TASK_APPROVE_RESIDUAL_RISKS, Set.of(Decision.APPROVE, Decision.REJECT));

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    RiskAssessmentApprovalService approvals;

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
        return variables(taskDefinitionKey, decision, actor, Map.of(), null, List.of());
    }

    /**
     * A return or rejection goes back to the departments the approver chose (at least one, each with risks in the
     * assessment), and the comment goes with it into their tasks.
     */
    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor,
            Map<String, Object> processVariables, String comment, List<String> targets) {
        Map<String, Object> variables = new HashMap<>();
        switch (taskDefinitionKey) {
            case TASK_REVIEW_BY_CISO -> variables.put(VAR_CISO_DECISION, decision.processValue());
            case TASK_APPROVE_RESIDUAL_RISKS -> variables.put(VAR_TOP_MANAGEMENT_DECISION, decision.processValue());
            case TASK_CONSOLIDATE_BY_OFFICE -> variables.put(VAR_SUBMITTED_BY, actor.username());
            default -> {
                return variables;
            }
        }
        if (decision.requiresComment()) {
            variables.put(VAR_DEPARTMENTS_TO_REVIEW, String.join(",", chosenDepartments(processVariables, targets)));
            variables.put(VAR_RETURN_COMMENT, comment);
        }
        return variables;
    }

    private List<String> chosenDepartments(Map<String, Object> processVariables, List<String> targets) {
        List<String> chosen = targets == null ? List.of()
                : targets.stream().filter(t -> t != null && !t.isBlank()).map(String::trim).distinct().sorted().toList();
        if (chosen.isEmpty()) {
            throw IsmsException.invalid("approval.departmentsRequired");
        }
        List<String> withRisks = approvals.departments(((Number) processVariables.get(VAR_ASSESSMENT_ID)).longValue());
        for (String department : chosen) {
            if (!withRisks.contains(department)) {
                throw IsmsException.invalid("approval.departmentUnknown", department);
            }
        }
        return chosen;
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
        return !TASK_CONSOLIDATE_BY_OFFICE.equals(taskDefinitionKey);
    }

    @Override
    public String submitterVariable() {
        return VAR_SUBMITTED_BY;
    }
}
