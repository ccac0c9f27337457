package jp.isms.governance.application;

import static jp.isms.processes.GovernanceApproval.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.workflow.application.DecisionStep;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/** The decisions of {@code governance-approval}'s user tasks, for the scope and the policy alike. */
@ApplicationScoped
public class GovernanceApprovalSteps implements DecisionStep {

    private static final Map<String, Set<Decision>> DECISIONS = Map.of(
            TASK_REVIEW_BY_CISO, Set.of(Decision.APPROVE, Decision.RETURN),
            TASK_APPROVE_BY_TOP_MANAGEMENT, Set.of(Decision.APPROVE, Decision.REJECT),
            TASK_REVISE, Set.of(Decision.RESUBMIT));

    @Inject
    DocumentApprovals approvals;

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
            case TASK_APPROVE_BY_TOP_MANAGEMENT -> Map.of(VAR_TOP_MANAGEMENT_DECISION, decision.processValue());
            default -> Map.of(VAR_SUBMITTED_BY, actor.username());
        };
    }

    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        return approvals.subject((String) processVariables.get(VAR_DOCUMENT_TYPE),
                ((Number) processVariables.get(VAR_DOCUMENT_ID)).longValue());
    }

    @Override
    public boolean independentOfSubmitter(String taskDefinitionKey) {
        return !TASK_REVISE.equals(taskDefinitionKey);
    }

    @Override
    public String submitterVariable() {
        return VAR_SUBMITTED_BY;
    }
}
