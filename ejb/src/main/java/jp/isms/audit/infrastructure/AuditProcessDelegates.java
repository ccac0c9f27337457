package jp.isms.audit.infrastructure;

import static jp.isms.processes.InternalAudit.DELEGATE_APPROVE_PLAN;
import static jp.isms.processes.InternalAudit.DELEGATE_RECORD_REVIEW;
import static jp.isms.processes.InternalAudit.DELEGATE_RETURN_PLAN;
import static jp.isms.processes.InternalAudit.VAR_AUDIT_ID;
import static jp.isms.processes.InternalAudit.VAR_DECIDED_BY;
import static jp.isms.processes.InternalAudit.VAR_REVIEW_COMMENT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.audit.application.AuditService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service tasks of {@code internal-audit}: each reads ids from the process and calls the service. */
@ApplicationScoped
public class AuditProcessDelegates {

    @Inject
    AuditService audits;

    @Produces
    @Named(DELEGATE_APPROVE_PLAN)
    JavaDelegate approvePlan() {
        return execution -> audits.approvePlan(id(execution), (String) execution.getVariable(VAR_DECIDED_BY));
    }

    @Produces
    @Named(DELEGATE_RETURN_PLAN)
    JavaDelegate returnPlan() {
        return execution -> audits.returnPlan(id(execution));
    }

    @Produces
    @Named(DELEGATE_RECORD_REVIEW)
    JavaDelegate recordReview() {
        return execution -> audits.recordReview(id(execution), (String) execution.getVariable(VAR_DECIDED_BY),
                (String) execution.getVariable(VAR_REVIEW_COMMENT));
    }

    private static long id(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_AUDIT_ID)).longValue();
    }
}
