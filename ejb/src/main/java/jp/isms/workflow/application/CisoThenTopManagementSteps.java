package jp.isms.workflow.application;

import java.util.Map;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.workflow.domain.Decision;

/**
 * The decisions of a process where the CISO reviews and top management approves, each approving or returning,
 * and nobody decides on their own submission ({@code soa-approval}, {@code certification-body-selection}).
 * Subclasses say what is decided on ({@link #subject}).
 */
public abstract class CisoThenTopManagementSteps implements DecisionStep {

    private static final Set<Decision> DECISIONS = Set.of(Decision.APPROVE, Decision.RETURN);

    private final String cisoTask;
    private final String topManagementTask;
    private final String cisoVariable;
    private final String topManagementVariable;
    private final String submitterVariable;

    protected CisoThenTopManagementSteps(String cisoTask, String topManagementTask, String cisoVariable,
            String topManagementVariable, String submitterVariable) {
        this.cisoTask = cisoTask;
        this.topManagementTask = topManagementTask;
        this.cisoVariable = cisoVariable;
        this.topManagementVariable = topManagementVariable;
        this.submitterVariable = submitterVariable;
    }

    @Override
    public boolean covers(String taskDefinitionKey) {
        return cisoTask.equals(taskDefinitionKey) || topManagementTask.equals(taskDefinitionKey);
    }

    @Override
    public Set<Decision> decisions(String taskDefinitionKey) {
        return covers(taskDefinitionKey) ? DECISIONS : Set.of();
    }

    @Override
    public Map<String, Object> variables(String taskDefinitionKey, Decision decision, Actor actor) {
        return Map.of(cisoTask.equals(taskDefinitionKey) ? cisoVariable : topManagementVariable, decision.processValue());
    }

    @Override
    public boolean independentOfSubmitter(String taskDefinitionKey) {
        return true;
    }

    @Override
    public String submitterVariable() {
        return submitterVariable;
    }
}
