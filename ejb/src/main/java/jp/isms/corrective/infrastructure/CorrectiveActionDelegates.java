package jp.isms.corrective.infrastructure;

import static jp.isms.processes.CorrectiveAction.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.corrective.application.CorrectiveActionSteps;
import jp.isms.corrective.application.CorrectiveActions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service tasks of {@code corrective-action}: each reads ids and the decision from the process and calls the service. */
@ApplicationScoped
public class CorrectiveActionDelegates {

    @Inject
    CorrectiveActions actions;

    @Produces
    @Named(DELEGATE_APPROVE_PLAN)
    JavaDelegate approvePlan() {
        return execution -> actions.approvePlan(id(execution), decidedBy(execution), comment(execution));
    }

    @Produces
    @Named(DELEGATE_RETURN_PLAN)
    JavaDelegate returnPlan() {
        return execution -> actions.returnPlan(id(execution), decidedBy(execution), comment(execution));
    }

    @Produces
    @Named(DELEGATE_RECORD_OVERDUE)
    JavaDelegate recordOverdue() {
        return execution -> actions.escalate(id(execution));
    }

    @Produces
    @Named(DELEGATE_REOPEN)
    JavaDelegate reopen() {
        return execution -> actions.reopen(id(execution), decidedBy(execution), comment(execution),
                VERIFICATION_REOPEN_PLAN.equals(execution.getVariable(VAR_VERIFICATION_DECISION)));
    }

    @Produces
    @Named(DELEGATE_CLOSE)
    JavaDelegate close() {
        return execution -> actions.close(id(execution), decidedBy(execution), comment(execution));
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_ACTION_ID)).longValue();
    }

    private static String decidedBy(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_DECIDED_BY);
    }

    private static String comment(DelegateExecution execution) {
        return (String) execution.getVariable(CorrectiveActionSteps.VAR_DECISION_COMMENT);
    }
}
