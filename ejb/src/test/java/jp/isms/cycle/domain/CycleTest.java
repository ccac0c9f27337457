package jp.isms.cycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import jp.isms.certification.domain.CyclePolicy;
import jp.isms.shared.domain.CertificateIssued;
import org.junit.jupiter.api.Test;

class CycleTest {

    @Test
    void theInitialCertificateStartsTheCycleOnItsIssueDate() {
        Cycle cycle = Cycle.startedBy(new CertificateIssued(1, "IS 1", LocalDate.of(2026, 2, 16),
                LocalDate.of(2029, 2, 15), 3, false), 1, CyclePolicy.DEFAULT);

        assertThat(cycle.getStartDate()).isEqualTo("2026-02-16");
        assertThat(cycle.audit(CycleAuditKind.SURVEILLANCE_1).getPlannedDate()).isEqualTo("2027-02-16");
        assertThat(cycle.audit(CycleAuditKind.SURVEILLANCE_1).getPreparationStart()).isEqualTo("2026-12-22");
        assertThat(cycle.audit(CycleAuditKind.SURVEILLANCE_2).getPlannedDate()).isEqualTo("2028-02-16");
        assertThat(cycle.audit(CycleAuditKind.RENEWAL).getPlannedDate()).isEqualTo("2029-02-08");
        assertThat(cycle.nextAudit()).map(CycleAudit::getKind).contains(CycleAuditKind.SURVEILLANCE_1);
    }

    @Test
    void aRenewedCertificateIssuedLateKeepsTheAnniversary() {
        // cycle 1 from 2025-02-15 ends 2028-02-14; the body issues the renewal certificate on 2028-03-10
        Cycle cycle = Cycle.startedBy(new CertificateIssued(2, "IS 2", LocalDate.of(2028, 3, 10),
                LocalDate.of(2031, 2, 14), 3, true), 2, CyclePolicy.DEFAULT);

        assertThat(cycle.getStartDate()).isEqualTo("2028-02-15");
        assertThat(cycle.audit(CycleAuditKind.SURVEILLANCE_1).getPlannedDate()).isEqualTo("2029-02-15");
        assertThat(cycle.audit(CycleAuditKind.SURVEILLANCE_2).getPlannedDate()).isEqualTo("2030-02-15");
        assertThat(cycle.audit(CycleAuditKind.RENEWAL).getPlannedDate()).hasYear(2031).hasMonthValue(2);
    }

    @Test
    void preparationFollowsTheConfiguredWeeks() {
        Cycle cycle = Cycle.startedBy(new CertificateIssued(1, "IS 1", LocalDate.of(2026, 2, 16),
                LocalDate.of(2029, 2, 15), 3, false), 1, CyclePolicy.DEFAULT.withPreparationWeeks(4));

        assertThat(cycle.audit(CycleAuditKind.SURVEILLANCE_1).getPreparationStart()).isEqualTo("2027-01-19");
        assertThat(cycle.getPreparationWeeks()).isEqualTo(4);
    }

    @Test
    void aScopeChangeAuditIsUndatedUntilTheOfficeAgreesADateAndComesFirst() {
        Cycle cycle = Cycle.startedBy(new CertificateIssued(1, "IS 1", LocalDate.of(2026, 2, 16),
                LocalDate.of(2029, 2, 15), 3, false), 1, CyclePolicy.DEFAULT);
        CycleAudit change = cycle.requestScopeChangeAudit(9);

        assertThat(cycle.nextAudit()).contains(change);
        change.scheduleOn(LocalDate.of(2026, 6, 1));
        change.recordOutcome(77L, "RECOMMENDED");
        assertThat(change.getStatus()).isEqualTo(AuditStatus.RECOMMENDED);
        assertThat(cycle.nextAudit()).map(CycleAudit::getKind).contains(CycleAuditKind.SURVEILLANCE_1);
    }
}
