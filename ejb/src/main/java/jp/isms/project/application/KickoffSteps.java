package jp.isms.project.application;

import static jp.isms.processes.IsmsKickoff.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.project.domain.CertificationProject;
import jp.isms.project.domain.CertificationProjectRepository;
import jp.isms.workflow.application.DecisionStep;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The decisions of {@code isms-kickoff}: top management approves or returns (with a comment) what the office
 * submitted, never their own submission; the office resubmits, and becomes the submitter of the new revision.
 */
@ApplicationScoped
public class KickoffSteps implements DecisionStep {

    public static final String SUBJECT_TYPE = "CERTIFICATION_PROJECT";

    private static final Map<String, Set<Decision>> DECISIONS = Map.of(
            TASK_APPROVE_KICKOFF, Set.of(Decision.APPROVE, Decision.RETURN),
            TASK_REVISE_KICKOFF, Set.of(Decision.RESUBMIT));

    @Inject
    CertificationProjectRepository projects;

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
        return TASK_APPROVE_KICKOFF.equals(taskDefinitionKey)
                ? Map.of(VAR_TOP_MANAGEMENT_DECISION, decision.processValue())
                : Map.of(VAR_SUBMITTED_BY, actor.username());
    }

    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        long id = ((Number) processVariables.get(VAR_PROJECT_ID)).longValue();
        return subjectOf(projects.findById(id)
                .orElseThrow(() -> new IllegalStateException("Process refers to a missing project " + id)));
    }

    /** The revision decided on and the SHA-256 of exactly its outline, team and planned dates. */
    static ApprovalRecord.Subject subjectOf(CertificationProject project) {
        return new ApprovalRecord.Subject(SUBJECT_TYPE, project.getProjectKey(), project.getRevision(),
                project.fingerprint());
    }

    @Override
    public boolean independentOfSubmitter(String taskDefinitionKey) {
        return TASK_APPROVE_KICKOFF.equals(taskDefinitionKey);
    }

    @Override
    public String submitterVariable() {
        return VAR_SUBMITTED_BY;
    }
}
