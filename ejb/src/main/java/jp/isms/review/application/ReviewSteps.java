package jp.isms.review.application;

import static jp.isms.processes.ManagementReview.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.review.domain.ManagementReview;
import jp.isms.review.domain.ReviewRepository;
import jp.isms.workflow.application.DecisionStep;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The decisions of {@code management-review}: top management signs or returns the minutes (never their own
 * submission); an action's owner reports it done (submit).
 */
@ApplicationScoped
public class ReviewSteps implements DecisionStep {

    public static final String SUBJECT_TYPE = "MANAGEMENT_REVIEW";

    /** Who decided, for the delegates. */
    public static final String VAR_DECIDED_BY = "reviewDecidedBy";

    /** The comment of a return, for the minutes (the approval record keeps it too). */
    public static final String VAR_RETURN_COMMENT = "reviewReturnComment";

    @Inject
    ReviewRepository reviews;

    @Override
    public boolean covers(String taskDefinitionKey) {
        return TASK_SIGN_MINUTES.equals(taskDefinitionKey) || TASK_COMPLETE_ACTION.equals(taskDefinitionKey);
    }

    @Override
    public Set<Decision> decisions(String taskDefinitionKey) {
        if (TASK_SIGN_MINUTES.equals(taskDefinitionKey)) {
            return Set.of(Decision.APPROVE, Decision.RETURN);
        }
        return TASK_COMPLETE_ACTION.equals(taskDefinitionKey) ? Set.of(Decision.SUBMIT) : Set.of();
    }

    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor) {
        if (TASK_COMPLETE_ACTION.equals(taskDefinitionKey)) {
            return Map.of(VAR_DECIDED_BY, actor.username());
        }
        return Map.of(VAR_TOP_MANAGEMENT_DECISION, decision.processValue(), VAR_DECIDED_BY, actor.username());
    }

    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor,
            Map<String, Object> processVariables, String comment, java.util.List<String> targets) {
        Map<String, Object> variables = new java.util.HashMap<>(variables(taskDefinitionKey, decision, actor));
        if (decision == Decision.RETURN) {
            variables.put(VAR_RETURN_COMMENT, comment);
        }
        return variables;
    }

    /** The minutes with the SHA-256 of their content: what top management signs. */
    @Override
    public ApprovalRecord.Subject subject(Map<String, Object> processVariables) {
        return subjectOf(reviews.findById(((Number) processVariables.get(VAR_REVIEW_ID)).longValue())
                .orElseThrow(() -> new IllegalStateException("Process refers to a missing management review")));
    }

    static ApprovalRecord.Subject subjectOf(ManagementReview r) {
        return new ApprovalRecord.Subject(SUBJECT_TYPE, r.getReviewNo(), 1, r.contentSha256());
    }

    @Override
    public boolean independentOfSubmitter(String taskDefinitionKey) {
        return TASK_SIGN_MINUTES.equals(taskDefinitionKey);
    }

    @Override
    public String submitterVariable() {
        return VAR_SUBMITTED_BY;
    }
}
