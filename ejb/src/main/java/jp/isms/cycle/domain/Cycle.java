package jp.isms.cycle.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.isms.certification.domain.CertificateValidity;
import jp.isms.certification.domain.CertificationCycle;
import jp.isms.certification.domain.CyclePolicy;
import jp.isms.certification.domain.PlannedAudit;
import jp.isms.shared.domain.CertificateIssued;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * One three-year certification cycle, started by a certificate: the initial certificate starts cycle 1, each
 * renewed certificate the next one. Its three audits are planned once, from the calendar rules of
 * {@link CertificationCycle}; scope-change audits are added while it runs.
 */
@Entity
@Table(name = "certification_cycle")
public class Cycle extends Identified {

    @Column(name = "cycle_no", nullable = false, updatable = false)
    private int number;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Column(name = "certificate_number", nullable = false, updatable = false)
    private String certificateNumber;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "expiry_date", nullable = false, updatable = false)
    private LocalDate expiryDate;

    @Column(name = "start_date", nullable = false, updatable = false)
    private LocalDate startDate;

    @Column(name = "scope_version_id", nullable = false)
    private long scopeVersionId;

    @Column(name = "preparation_weeks", nullable = false, updatable = false)
    private int preparationWeeks;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @OneToMany(mappedBy = "cycle", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("plannedDate")
    private List<CycleAudit> audits = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Cycle() {
        // for JPA
    }

    private Cycle(int number, CertificateIssued certificate, LocalDate start, CyclePolicy policy) {
        this.number = number;
        this.certificateId = certificate.certificateId();
        this.certificateNumber = certificate.certificateNumber();
        this.issueDate = certificate.issueDate();
        this.expiryDate = certificate.expiryDate() != null ? certificate.expiryDate()
                : CertificateValidity.threeYearsFrom(start).expiryDate();
        this.startDate = start;
        this.scopeVersionId = certificate.scopeVersionId();
        this.preparationWeeks = policy.preparationWeeks();
        for (PlannedAudit planned : calendar(policy).audits()) {
            audits.add(new CycleAudit(this, planned));
        }
    }

    /**
     * The cycle a certificate starts. Rule "anniversary": an initial certificate starts its cycle on its issue
     * date; a renewed one keeps the old anniversary, the day after the previous certificate's expiry, which is the
     * day after its own expiry three years back (so a renewal certificate issued late still keeps the dates).
     */
    public static Cycle startedBy(CertificateIssued certificate, int number, CyclePolicy policy) {
        if (certificate == null || certificate.issueDate() == null) {
            throw IsmsException.invalid("validation.required", "certification.issueDate");
        }
        LocalDate start = certificate.renewal() && certificate.expiryDate() != null
                ? certificate.expiryDate().minusYears(CertificateValidity.VALIDITY_YEARS).plusDays(1)
                : certificate.issueDate();
        return new Cycle(number, certificate, start, policy);
    }

    /** The calendar of this cycle (its dates only; the number is this cycle's own). */
    private CertificationCycle calendar(CyclePolicy policy) {
        return CertificationCycle.initial(startDate, policy);
    }

    /** A scope-change audit requested by a newly approved scope version; its date comes later. */
    public CycleAudit requestScopeChangeAudit(long newScopeVersionId) {
        CycleAudit audit = CycleAudit.scopeChange(this, newScopeVersionId);
        audits.add(audit);
        return audit;
    }

    /** The audit of that kind; for scope changes the latest one not yet recommended. */
    public CycleAudit audit(CycleAuditKind kind) {
        return audits.stream().filter(a -> a.getKind() == kind)
                .filter(a -> kind != CycleAuditKind.SCOPE_CHANGE || a.getStatus() != AuditStatus.RECOMMENDED)
                .max(Comparator.comparing(CycleAudit::getId, Comparator.nullsLast(Comparator.naturalOrder())))
                .orElseThrow(() -> IsmsException.notFound("cycle.audit.unknown", kind.name(), number));
    }

    /** The first audit not yet passed, in date order (undated scope-change audits first: they are urgent). */
    public Optional<CycleAudit> nextAudit() {
        return audits.stream().filter(a -> !a.getStatus().isDone())
                .min(Comparator.comparing(CycleAudit::getPlannedDate, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    public void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    public void scopeVersionFollows(long newScopeVersionId) {
        this.scopeVersionId = newScopeVersionId;
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(issueDate) && !day.isAfter(expiryDate);
    }

    public int getNumber() {
        return number;
    }

    public long getCertificateId() {
        return certificateId;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public long getScopeVersionId() {
        return scopeVersionId;
    }

    public int getPreparationWeeks() {
        return preparationWeeks;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<CycleAudit> getAudits() {
        return List.copyOf(audits);
    }
}
