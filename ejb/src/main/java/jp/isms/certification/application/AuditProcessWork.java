package jp.isms.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jp.isms.certification.domain.Audit;
import jp.isms.certification.domain.AuditStatus;
import jp.isms.certification.domain.AuditType;
import jp.isms.certification.domain.CertificationRepository;
import jp.isms.certification.domain.Interview;

/**
 * What the service tasks of {@code certification-audit} do to the domain, in the transaction of the step
 * before them. The delegates only translate process variables.
 */
@ApplicationScoped
@Transactional
public class AuditProcessWork {

    @Inject
    CertificationRepository repository;

    @Inject
    CertificationAudits audits;

    @Inject
    CertificationReadiness readiness;

    /** The audit the application created, or a new one for an audit the cycle called. */
    public long open(Long auditId, String kind, String plannedDate, Integer cycleNumber, Long scopeVersionId) {
        if (auditId != null) {
            return audits.audit(auditId).getId();
        }
        return audits.open(AuditType.parse(kind), LocalDate.parse(plannedDate), cycleNumber, scopeVersionId).getId();
    }

    public void startedAs(long auditId, String processInstanceId) {
        Audit audit = audits.audit(auditId);
        if (audit.getProcessInstance() == null) {
            audit.startedAs(processInstanceId);
        }
    }

    public boolean readyForStage1() {
        return readiness.readyForStage1();
    }

    public boolean readyForStage2() {
        return readiness.readyForStage2();
    }

    public void refuse(long auditId) {
        audits.audit(auditId).refuse();
    }

    /** Everyone who prepares an interview, once each, in the order of the schedule. */
    public List<String> preparers(long auditId) {
        return new ArrayList<>(new LinkedHashSet<>(audits.audit(auditId).getInterviews().stream()
                .map(Interview::getPreparer).toList()));
    }

    /** Applies the recorded result; returns whether minor nonconformities are still open. */
    public boolean applyResult(long auditId) {
        Audit audit = audits.audit(auditId);
        audit.applyResult();
        return audit.getStatus() == AuditStatus.AWAITING_CORRECTIONS && audit.hasOpenMinors();
    }

    public void recommend(long auditId) {
        audits.audit(auditId).recommend();
        repository.flush();
    }
}
