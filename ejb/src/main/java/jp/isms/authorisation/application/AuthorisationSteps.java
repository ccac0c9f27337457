package jp.isms.authorisation.application;

import static jp.isms.processes.ManagementAuthorisation.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import jp.isms.authorisation.domain.AuthorisationRepository;
import jp.isms.authorisation.domain.ManagementAuthorisation;
import jp.isms.organisation.application.Actor;
import jp.isms.workflow.application.DecisionStep;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/** The decision of {@code management-authorisation}: top management authorises or returns. */
@ApplicationScoped
public class AuthorisationSteps implements DecisionStep {

    public static final String SUBJECT_TYPE = "MANAGEMENT_AUTHORISATION";

    /** Who decided, for the request itself (the approval record keeps it too). */
    public static final String VAR_DECIDED_BY = "decidedBy";

    @Inject
    AuthorisationRepository authorisations;

    @Override
    public boolean covers(String taskDefinitionKey) {
        return TASK_AUTHORISE.equals(taskDefinitionKey);
    }

    @Override
    public Set<Decision> decisions(String taskDefinitionKey) {
        return covers(taskDefinitionKey) ? Set.of(Decision.APPROVE, Decision.RETURN) : Set.of();
    }

    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor) {
        return Map.of(VAR_TOP_MANAGEMENT_DECISION, decision.processValue(), VAR_DECIDED_BY, actor.username());
    }

    /** The request with the SHA-256 over its attached documents' kinds, versions and hashes. */
    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        return subjectOf(authorisations.findById(((Number) processVariables.get(VAR_AUTHORISATION_ID)).longValue())
                .orElseThrow(() -> new IllegalStateException("Process refers to a missing authorisation request")));
    }

    static ApprovalRecord.Subject subjectOf(ManagementAuthorisation a) {
        return new ApprovalRecord.Subject(SUBJECT_TYPE, a.getRequestNo(), 1, a.getContentSha256());
    }

    @Override
    public boolean independentOfSubmitter(String taskDefinitionKey) {
        return true;
    }

    @Override
    public String submitterVariable() {
        return VAR_REQUESTED_BY;
    }
}
