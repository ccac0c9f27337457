package jp.isms.cycle.infrastructure;

import static jp.isms.processes.CertificationCycleProcess.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.isms.cycle.application.CertificationCycles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The service tasks of {@code certification-cycle} and {@code certification-cycle-audit}. */
@ApplicationScoped
public class CycleDelegates {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    CertificationCycles cycles;

    @Produces
    @Named(DELEGATE_START_PREPARATION)
    JavaDelegate startPreparation() {
        return execution -> cycles.preparationStarted(cycleId(execution), kind(execution));
    }

    @Produces
    @Named(DELEGATE_RECORD_AUDIT)
    JavaDelegate recordAudit() {
        return execution -> {
            Object auditId = execution.getVariable(VAR_AUDIT_ID);
            cycles.auditEnded(cycleId(execution), kind(execution),
                    auditId == null ? null : ((Number) auditId).longValue(),
                    String.valueOf(execution.getVariable(VAR_AUDIT_OUTCOME)));
        };
    }

    @Produces
    @Named(DELEGATE_ANNOUNCE_SCOPE_CHANGE)
    JavaDelegate announceScopeChange() {
        // the engine's clock, so that process tests and a moved clock agree on the decision day
        return execution -> cycles.scopeChangeAccepted(cycleId(execution),
                ((Number) execution.getVariable(VAR_SCOPE_VERSION_ID)).longValue(),
                LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), TOKYO));
    }

    private static long cycleId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_CYCLE_ID)).longValue();
    }

    private static String kind(DelegateExecution execution) {
        return String.valueOf(execution.getVariable(VAR_AUDIT_KIND));
    }
}
