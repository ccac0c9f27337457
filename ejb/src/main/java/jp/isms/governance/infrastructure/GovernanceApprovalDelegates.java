package jp.isms.governance.infrastructure;

import static jp.isms.processes.GovernanceApproval.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.governance.application.DocumentApprovals;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service tasks of {@code governance-approval}: each reads the document from the process and calls the service. */
@ApplicationScoped
public class GovernanceApprovalDelegates {

    @Inject
    DocumentApprovals approvals;

    @Produces
    @Named(DELEGATE_APPROVE)
    JavaDelegate approve() {
        return execution -> approvals.approve(type(execution), id(execution));
    }

    @Produces
    @Named(DELEGATE_RETURN)
    JavaDelegate returnForRevision() {
        return execution -> approvals.returnForRevision(type(execution), id(execution));
    }

    @Produces
    @Named(DELEGATE_RESUBMIT)
    JavaDelegate resubmit() {
        return execution -> approvals.resubmit(type(execution), id(execution),
                (String) execution.getVariable(VAR_SUBMITTED_BY));
    }

    private static String type(DelegateExecution execution) {
        return (String) execution.getVariable(VAR_DOCUMENT_TYPE);
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_DOCUMENT_ID)).longValue();
    }
}
