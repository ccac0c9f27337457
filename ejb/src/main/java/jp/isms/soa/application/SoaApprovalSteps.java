package jp.isms.soa.application;

import static jp.isms.processes.SoaApproval.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.soa.domain.SoaRepository;
import jp.isms.soa.domain.StatementOfApplicability;
import jp.isms.workflow.application.DecisionStep;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/** The decisions of {@code soa-approval}: the CISO and top management each approve or return. */
@ApplicationScoped
public class SoaApprovalSteps implements DecisionStep {

    public static final String SUBJECT_TYPE = "SOA";

    private static final Set<Decision> DECISIONS = Set.of(Decision.APPROVE, Decision.RETURN);

    @Inject
    SoaRepository statements;

    @Override
    public boolean covers(String taskDefinitionKey) {
        return TASK_REVIEW_BY_CISO.equals(taskDefinitionKey) || TASK_APPROVE_BY_TOP_MANAGEMENT.equals(taskDefinitionKey);
    }

    @Override
    public Set<Decision> decisions(String taskDefinitionKey) {
        return covers(taskDefinitionKey) ? DECISIONS : Set.of();
    }

    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor) {
        return Map.of(TASK_REVIEW_BY_CISO.equals(taskDefinitionKey) ? VAR_CISO_DECISION : VAR_TOP_MANAGEMENT_DECISION,
                decision.processValue());
    }

    /** The exact statement decided on: its version and the SHA-256 of every line as it stands now. */
    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        StatementOfApplicability soa = statements.findById(((Number) processVariables.get(VAR_SOA_ID)).longValue())
                .orElseThrow(() -> new IllegalStateException("Process refers to a missing statement"));
        return subjectOf(soa);
    }

    static ApprovalRecord.Subject subjectOf(StatementOfApplicability soa) {
        return new ApprovalRecord.Subject(SUBJECT_TYPE, StatementOfApplicability.DOCUMENT_NO, soa.getVersion(),
                soa.fingerprint());
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
