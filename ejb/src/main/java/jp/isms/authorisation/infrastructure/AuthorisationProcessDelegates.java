package jp.isms.authorisation.infrastructure;

import static jp.isms.processes.ManagementAuthorisation.DELEGATE_AUTHORISE;
import static jp.isms.processes.ManagementAuthorisation.DELEGATE_RETURN;
import static jp.isms.processes.ManagementAuthorisation.VAR_AUTHORISATION_ID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.authorisation.application.AuthorisationService;
import jp.isms.authorisation.application.AuthorisationSteps;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service tasks of {@code management-authorisation}: each reads ids from the process and calls the service. */
@ApplicationScoped
public class AuthorisationProcessDelegates {

    @Inject
    AuthorisationService authorisations;

    @Produces
    @Named(DELEGATE_AUTHORISE)
    JavaDelegate authorise() {
        return execution -> authorisations.authorise(id(execution), decidedBy(execution));
    }

    @Produces
    @Named(DELEGATE_RETURN)
    JavaDelegate returnRequest() {
        return execution -> authorisations.returnRequest(id(execution), decidedBy(execution));
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_AUTHORISATION_ID)).longValue();
    }

    private static String decidedBy(DelegateExecution execution) {
        return (String) execution.getVariable(AuthorisationSteps.VAR_DECIDED_BY);
    }
}
