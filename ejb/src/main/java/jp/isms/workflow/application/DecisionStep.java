package jp.isms.workflow.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * What one process contributes to deciding its user tasks: the decisions each task allows, the
 * variables a decision sets, and the subject (with its content hash) the decision is about.
 * Each bounded context that owns a process implements it as a CDI bean.
 */
public interface DecisionStep {

    boolean covers(String taskDefinitionKey);

    Set<Decision> decisions(String taskDefinitionKey);

    Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor);

    /**
     * The variables of a decision that may also carry its comment and the parts it concerns ({@code targets},
     * e.g. the departments a rejection goes back to); the process variables let the step check them.
     */
    default Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor,
            Map<String, Object> processVariables, String comment, List<String> targets) {
        return variables(taskDefinitionKey, decision, actor);
    }

    ApprovalRecord.Subject subject(Map<String, Object> processVariables);

    /** True where the person who submitted the work may not decide on it. */
    boolean independentOfSubmitter(String taskDefinitionKey);

    /** The name of the process variable holding the submitter's username. */
    String submitterVariable();
}
