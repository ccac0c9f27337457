package jp.isms.certification.infrastructure;

import static jp.isms.processes.CertificationAudit.*;
import static jp.isms.processes.CertificationBodySelection.DELEGATE_CONFIRM;
import static jp.isms.processes.CertificationBodySelection.DELEGATE_RETURN;
import static jp.isms.processes.CertificationBodySelection.VAR_SELECTION_ID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.certification.application.AuditProcessWork;
import jp.isms.certification.application.CertificationBodies;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service tasks of {@code certification-audit} and {@code certification-body-selection}. */
@ApplicationScoped
public class AuditProcessDelegates {

    @Inject
    AuditProcessWork work;

    @Inject
    CertificationBodies bodies;

    @Produces
    @Named(DELEGATE_OPEN)
    JavaDelegate open() {
        return execution -> {
            Object scope = execution.getVariable(VAR_SCOPE_VERSION_ID);
            Object cycle = execution.getVariable(VAR_CYCLE_NUMBER);
            long auditId = work.open(execution.getVariable(VAR_AUDIT_ID) == null ? null : auditId(execution),
                    (String) execution.getVariable(VAR_AUDIT_KIND), (String) execution.getVariable(VAR_PLANNED_DATE),
                    cycle == null ? null : ((Number) cycle).intValue(), scope == null ? null : ((Number) scope).longValue());
            work.startedAs(auditId, execution.getProcessInstanceId());
            execution.setVariable(VAR_AUDIT_ID, auditId);
        };
    }

    @Produces
    @Named(DELEGATE_CHECK_STAGE1)
    JavaDelegate checkStage1() {
        return execution -> execution.setVariable(VAR_READY, work.readyForStage1());
    }

    @Produces
    @Named(DELEGATE_REFUSE)
    JavaDelegate refuse() {
        return execution -> {
            work.refuse(auditId(execution));
            execution.setVariable(VAR_AUDIT_OUTCOME, OUTCOME_NOT_RECOMMENDED);
        };
    }

    @Produces
    @Named(DELEGATE_CHECK_STAGE2)
    JavaDelegate checkStage2() {
        return execution -> execution.setVariable(VAR_READY, work.readyForStage2());
    }

    @Produces
    @Named(DELEGATE_ASSIGN_PREPARATION)
    JavaDelegate assignPreparation() {
        return execution -> execution.setVariable(VAR_PREPARERS, work.preparers(auditId(execution)));
    }

    @Produces
    @Named(DELEGATE_RECORD_OUTCOME)
    JavaDelegate recordOutcome() {
        return execution -> {
            execution.setVariable(VAR_MINORS_OPEN, work.applyResult(auditId(execution)));
            if (RESULT_NOT_RECOMMENDED.equals(execution.getVariable(VAR_STAGE2_RESULT))) {
                execution.setVariable(VAR_AUDIT_OUTCOME, OUTCOME_NOT_RECOMMENDED);
            }
        };
    }

    @Produces
    @Named(DELEGATE_MARK_RECOMMENDED)
    JavaDelegate markRecommended() {
        return execution -> {
            work.recommend(auditId(execution));
            execution.setVariable(VAR_AUDIT_OUTCOME, OUTCOME_RECOMMENDED);
        };
    }

    @Produces
    @Named(DELEGATE_CONFIRM)
    JavaDelegate confirmSelection() {
        return execution -> bodies.confirm(((Number) execution.getVariable(VAR_SELECTION_ID)).longValue());
    }

    @Produces
    @Named(DELEGATE_RETURN)
    JavaDelegate returnSelection() {
        return execution -> bodies.returnForRevision(((Number) execution.getVariable(VAR_SELECTION_ID)).longValue());
    }

    private static long auditId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_AUDIT_ID)).longValue();
    }
}
