package jp.isms.certification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.isms.shared.domain.IsmsException;

/**
 * One three-year certification cycle: its start (the anniversary every date of the cycle counts from), the
 * certificate in force during it, and its three audits. Immutable; {@link #next()} projects the following
 * cycle, {@link #renew} records a real renewal.
 *
 * <p>The rules, each named where it is applied:
 * <ul>
 * <li><b>Cycle start</b>: the first cycle starts on the initial certificate's issue date (the certification
 * decision); every following cycle starts on the day after the previous certificate's expiry, so cycles follow
 * each other without gap or overlap, for ever.</li>
 * <li><b>Cycle end</b>: the expiry of the certificate, per {@link CertificateValidity#periodEnd} three years from
 * the start (2025-02-15 → 2028-02-14; 2024-02-29 → 2027-02-28, and the next cycle then starts on 1 March).</li>
 * <li><b>Surveillance due</b>: surveillance 1 at the latest on the first anniversary of the start ("within
 * 12 months of the certification decision"), surveillance 2 at the latest on the second; each is planned on
 * that day ({@code start + n years}; an anniversary of 29 February falls on 28 February).</li>
 * <li><b>Renewal due</b>: at the latest on the expiry date; planned {@link CyclePolicy#renewalLead()} before it.</li>
 * <li><b>Window</b>: from {@link CyclePolicy#windowTolerance()} before the planned date, never before the cycle's
 * start, up to the due date.</li>
 * <li><b>Preparation</b>: {@link CyclePolicy#preparationWeeks()} weeks before the planned date.</li>
 * <li><b>Renewal timing</b>: see {@link RenewalTiming}.</li>
 * </ul>
 * Certified February 2025 (15th) this gives surveillance in February 2026 and 2027, renewal in February 2028,
 * surveillance in February 2029 and 2030 and renewal in February 2031, as the memo requires.
 */
public final class CertificationCycle {

    /** Bounds of {@link #plannedAudits(LocalDate, int)}: a calendar for at least one and at most 100 years. */
    public static final int MAX_YEARS_AHEAD = 100;

    private final int number;
    private final LocalDate start;
    private final CertificateValidity certificate;
    private final CyclePolicy policy;

    private CertificationCycle(int number, LocalDate start, LocalDate certificateIssued, CyclePolicy policy) {
        this.number = number;
        this.start = start;
        this.certificate = new CertificateValidity(certificateIssued,
                CertificateValidity.periodEnd(start, CertificateValidity.VALIDITY_YEARS));
        this.policy = policy;
    }

    /** The first cycle, from the initial certificate's issue date. */
    public static CertificationCycle initial(LocalDate issueDate, CyclePolicy policy) {
        Dates.require(issueDate, "certification.issueDate");
        if (policy == null) {
            throw IsmsException.invalid("validation.required", "certification.policy");
        }
        return new CertificationCycle(1, issueDate, issueDate, policy);
    }

    /** 1 for the initial certificate's cycle, 2 after the first renewal, … */
    public int number() {
        return number;
    }

    /** The anniversary the cycle counts from. */
    public LocalDate start() {
        return start;
    }

    /** The last day of the cycle: the certificate's expiry. */
    public LocalDate end() {
        return certificate.expiryDate();
    }

    /**
     * The certificate of this cycle. Its issue date is the real one for the initial and renewed cycles and the
     * cycle's start for a projected one; its expiry is always the cycle's end.
     */
    public CertificateValidity certificate() {
        return certificate;
    }

    public CyclePolicy policy() {
        return policy;
    }

    /** The cycle's three audits, in order. */
    public List<PlannedAudit> audits() {
        return List.of(audit(AuditKind.SURVEILLANCE_1), audit(AuditKind.SURVEILLANCE_2), audit(AuditKind.RENEWAL));
    }

    public PlannedAudit audit(AuditKind kind) {
        Objects.requireNonNull(kind, "kind");
        LocalDate due = kind == AuditKind.RENEWAL ? end() : start.plusYears(kind.year());
        LocalDate planned = kind == AuditKind.RENEWAL ? due.minus(policy.renewalLead()) : due;
        if (planned.isBefore(start)) {
            planned = start;
        }
        LocalDate earliest = planned.minus(policy.windowTolerance());
        if (earliest.isBefore(start)) {
            earliest = start;
        }
        LocalDate preparation = planned.minusWeeks(policy.preparationWeeks());
        return new PlannedAudit(kind, number, planned, earliest, due, preparation);
    }

    /** The following cycle, as it will be if the renewal is on time: it starts the day after this one ends. */
    public CertificationCycle next() {
        LocalDate nextStart = end().plusDays(1);
        return new CertificationCycle(number + 1, nextStart, nextStart, policy);
    }

    /**
     * Every audit planned from {@code from} (included) for {@code years} years (excluded), over this cycle and
     * the following ones, assuming each renewal is on time.
     */
    public List<PlannedAudit> plannedAudits(LocalDate from, int years) {
        Dates.require(from, "certification.date");
        if (years < 1 || years > MAX_YEARS_AHEAD) {
            throw IsmsException.invalid("certification.years.outOfRange", years, 1, MAX_YEARS_AHEAD);
        }
        LocalDate until = from.plusYears(years);
        List<PlannedAudit> result = new ArrayList<>();
        for (CertificationCycle cycle = this; cycle.start.isBefore(until); cycle = cycle.next()) {
            cycle.audits().stream()
                    .filter(a -> !a.plannedDate().isBefore(from) && a.plannedDate().isBefore(until))
                    .forEach(result::add);
        }
        return List.copyOf(result);
    }

    /** Rule "the audit date decides" ({@link RenewalTiming}) for a renewal audit held on {@code auditDate}. */
    public RenewalTiming renewalTiming(LocalDate auditDate) {
        Dates.require(auditDate, "certification.auditDate");
        if (auditDate.isBefore(start)) {
            throw IsmsException.invalid("certification.date.beforeCycleStart", auditDate, start);
        }
        return auditDate.isAfter(end()) ? RenewalTiming.LATE : RenewalTiming.ON_TIME;
    }

    /**
     * The next cycle after a renewal audit held on {@code auditDate} and a new certificate issued on
     * {@code newCertificateIssued}. An on-time renewal keeps the anniversary: the next cycle starts the day after
     * this one ends whenever the new certificate is issued, and the new certificate expires with it. If it is
     * issued after this cycle's end, no certificate was in force in between.
     *
     * @throws IsmsException CONFLICT {@code certification.renewal.lapsed} when the audit was late: the certificate
     *         has lapsed and only a new initial certification ({@link #initial}) can follow
     */
    public CertificationCycle renew(LocalDate auditDate, LocalDate newCertificateIssued) {
        RenewalTiming timing = renewalTiming(auditDate);
        Dates.require(newCertificateIssued, "certification.newIssueDate");
        if (timing.certificateLapsed()) {
            throw IsmsException.conflict("certification.renewal.lapsed", end(), auditDate);
        }
        if (newCertificateIssued.isBefore(auditDate)) {
            throw IsmsException.invalid("certification.renewal.issueBeforeAudit", newCertificateIssued, auditDate);
        }
        LocalDate nextStart = end().plusDays(1);
        LocalDate nextEnd = CertificateValidity.periodEnd(nextStart, CertificateValidity.VALIDITY_YEARS);
        if (!newCertificateIssued.isBefore(nextEnd)) {
            throw IsmsException.invalid("certification.renewal.issueAfterCycle", newCertificateIssued, nextEnd);
        }
        return new CertificationCycle(number + 1, nextStart, newCertificateIssued, policy);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificationCycle other && number == other.number && start.equals(other.start)
                && certificate.equals(other.certificate) && policy.equals(other.policy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, start, certificate, policy);
    }

    @Override
    public String toString() {
        return "CertificationCycle[" + number + ": " + start + " – " + end() + "]";
    }
}
