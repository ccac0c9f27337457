package jp.isms.project.infrastructure;

import static jp.isms.processes.IsmsKickoff.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.project.application.KickoffApproval;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service tasks of {@code isms-kickoff}: each reads the project id and calls the application service. */
@ApplicationScoped
public class KickoffDelegates {

    @Inject
    KickoffApproval approval;

    @Produces
    @Named(DELEGATE_BASELINE)
    JavaDelegate baseline() {
        return execution -> approval.approve(projectId(execution));
    }

    @Produces
    @Named(DELEGATE_RETURN)
    JavaDelegate returnForRevision() {
        return execution -> approval.returnForRevision(projectId(execution));
    }

    @Produces
    @Named(DELEGATE_RESUBMIT)
    JavaDelegate resubmit() {
        return execution -> approval.resubmit(projectId(execution), (String) execution.getVariable(VAR_SUBMITTED_BY));
    }

    private static long projectId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_PROJECT_ID)).longValue();
    }
}
