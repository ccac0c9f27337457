package jp.isms.soa.infrastructure;

import static jp.isms.processes.SoaApproval.DELEGATE_FREEZE;
import static jp.isms.processes.SoaApproval.DELEGATE_RETURN;
import static jp.isms.processes.SoaApproval.VAR_SOA_ID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.soa.application.SoaService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service tasks of {@code soa-approval}: each reads the statement's id and calls the service. */
@ApplicationScoped
public class SoaProcessDelegates {

    @Inject
    SoaService statements;

    @Produces
    @Named(DELEGATE_FREEZE)
    JavaDelegate freeze() {
        return execution -> statements.approve(soaId(execution));
    }

    @Produces
    @Named(DELEGATE_RETURN)
    JavaDelegate returnForRevision() {
        return execution -> statements.returnForRevision(soaId(execution));
    }

    private static long soaId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_SOA_ID)).longValue();
    }
}
