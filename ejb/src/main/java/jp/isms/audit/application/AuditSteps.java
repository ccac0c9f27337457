package jp.isms.audit.application;

import static jp.isms.processes.InternalAudit.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.isms.audit.domain.AuditRepository;
import jp.isms.audit.domain.InternalAudit;
import jp.isms.organisation.application.Actor;
import jp.isms.workflow.application.DecisionStep;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The decisions of {@code internal-audit}: the CISO approves or returns the plan, top management reviews the
 * report (its only decision is "reviewed", i.e. approve, with comments). The plan's revision and the report's
 * submission are done on the audit page, which completes those tasks itself.
 */
@ApplicationScoped
public class AuditSteps implements DecisionStep {

    public static final String SUBJECT_TYPE = "INTERNAL_AUDIT";

    @Inject
    AuditRepository audits;

    @Override
    public boolean covers(String taskDefinitionKey) {
        return TASK_APPROVE_PLAN.equals(taskDefinitionKey) || TASK_REVIEW_REPORT.equals(taskDefinitionKey)
                || TASK_REVISE_PLAN.equals(taskDefinitionKey) || TASK_CONDUCT_AUDIT.equals(taskDefinitionKey);
    }

    @Override
    public Set<Decision> decisions(String taskDefinitionKey) {
        if (TASK_APPROVE_PLAN.equals(taskDefinitionKey)) {
            return Set.of(Decision.APPROVE, Decision.RETURN);
        }
        if (TASK_REVIEW_REPORT.equals(taskDefinitionKey)) {
            return Set.of(Decision.APPROVE);
        }
        // done on the audit page: nothing to decide in the inbox
        return Set.of();
    }

    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor) {
        return variables(taskDefinitionKey, decision, actor, Map.of(), null, List.of());
    }

    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor,
            Map<String, Object> processVariables, String comment, List<String> targets) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_DECIDED_BY, actor.username());
        if (TASK_APPROVE_PLAN.equals(taskDefinitionKey)) {
            variables.put(VAR_PLAN_DECISION, decision.processValue());
        } else {
            variables.put(VAR_REVIEW_COMMENT, comment == null ? "" : comment);
        }
        return variables;
    }

    /** The audit with the SHA-256 of its plan and results as they are at the decision. */
    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        return subjectOf(audits.findById(((Number) processVariables.get(VAR_AUDIT_ID)).longValue())
                .orElseThrow(() -> new IllegalStateException("Process refers to a missing audit")));
    }

    public static ApprovalRecord.Subject subjectOf(InternalAudit audit) {
        return new ApprovalRecord.Subject(SUBJECT_TYPE, audit.getAuditNo(), 1, audit.canonicalHash());
    }

    @Override
    public boolean independentOfSubmitter(String taskDefinitionKey) {
        return true;
    }

    @Override
    public String submitterVariable() {
        return VAR_SUBMITTED_BY;
    }
}
