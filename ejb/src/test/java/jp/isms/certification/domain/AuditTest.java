package jp.isms.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.NonconformityGrade;
import org.junit.jupiter.api.Test;

/** The audit's way from application to certificate, its findings and the body's result. */
class AuditTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 20);

    private static CertificationBody body() {
        CertificationBody body = new CertificationBody("審査機関A", "ISMS-AC");
        body.quote(new CertificationBody.Quote(new BigDecimal("6.5"), 180_000L, true, "2026年1月", null, null));
        return body;
    }

    private static Audit initial() {
        return new Audit("CB-2026-INITIAL", AuditType.INITIAL, DAY, null, 1L, body());
    }

    private static Audit atStage2(Audit audit) {
        audit.stage1Held(DAY);
        audit.scheduleStage2(DAY.plusDays(30));
        return audit;
    }

    @Test
    void theTotalIsManDaysTimesTheDayRate_neverTyped() {
        assertThat(body().totalYen()).isEqualTo(1_170_000L);
        assertThat(new CertificationBody("審査機関B", null).totalYen()).isNull();
    }

    @Test
    void aQuoteNeedsManDaysAndADayRate() {
        CertificationBody body = new CertificationBody("審査機関C", null);
        IsmsException e = catchThrowableOfType(IsmsException.class,
                () -> body.quote(new CertificationBody.Quote(BigDecimal.ZERO, 100L, false, null, null, null)));
        assertThat(e.messageKey()).isEqualTo("certification.quote.manDaysRequired");
        Bundles.assertSpeakable(e);
    }

    @Test
    void stage1FindingsAreRecordedBeforeStage1IsHeld_stage2FindingsOnceScheduled() {
        Audit audit = initial();
        Finding first = audit.addFinding(FindingGrade.MINOR, "6.1.2", null, "リスク基準が未承認", DAY.plusDays(20), "office", DAY);
        assertThat(first.getStage()).isEqualTo(1);
        assertThat(first.reference()).isEqualTo("CB-2026-INITIAL / 1");
        assertThat(first.getGrade().nonconformity()).contains(NonconformityGrade.MINOR);

        audit.stage1Held(DAY);
        IsmsException between = catchThrowableOfType(IsmsException.class,
                () -> audit.addFinding(FindingGrade.OBSERVATION, null, null, "x", null, "office", DAY));
        assertThat(between.messageKey()).isEqualTo("certification.finding.notNow");

        audit.scheduleStage2(DAY.plusDays(30));
        assertThat(audit.addFinding(FindingGrade.OBSERVATION, null, null, "配線", null, "office", DAY).getStage()).isEqualTo(2);
    }

    @Test
    void aNonconformityNeedsTheBodysDeadline_anObservationDoesNot() {
        Audit audit = initial();
        IsmsException e = catchThrowableOfType(IsmsException.class,
                () -> audit.addFinding(FindingGrade.MAJOR, null, null, "内部監査未実施", null, "office", DAY));
        assertThat(e.messageKey()).isEqualTo("certification.finding.deadlineRequired");
        assertThat(FindingGrade.OBSERVATION.nonconformity()).isEmpty();
    }

    @Test
    void recommendedWithoutNonconformities_isAuditPassedUntilTheCertificate() {
        Audit audit = atStage2(initial());
        audit.recordResult(Stage2Result.RECOMMENDED, null);
        audit.applyResult();
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.RECOMMENDED);
        audit.certificateIssued();
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.CERTIFICATE_ISSUED);
    }

    @Test
    void minorNonconformities_needTheCorrectionPath_andWaitUntilAllAreCorrected() {
        Audit audit = atStage2(initial());
        Finding minor = audit.addFinding(FindingGrade.MINOR, "A.5.15", null, "アクセス権の見直し記録なし",
                DAY.plusDays(60), "office", DAY);
        IsmsException e = catchThrowableOfType(IsmsException.class, () -> audit.recordResult(Stage2Result.RECOMMENDED, null));
        assertThat(e.messageKey()).isEqualTo("certification.result.openNonconformities");

        audit.recordResult(Stage2Result.MINOR_CORRECTIONS, DAY.plusDays(60));
        audit.applyResult();
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.AWAITING_CORRECTIONS);
        assertThat(audit.hasOpenMinors()).isTrue();

        minor.corrected(DAY.plusDays(40));
        assertThat(audit.hasOpenMinors()).isFalse();
        audit.recommend();
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.RECOMMENDED);
    }

    @Test
    void majorNonconformities_cannotBeRecommendedOnceCorrected_butAReauditSchedulesAgain() {
        Audit audit = atStage2(initial());
        audit.addFinding(FindingGrade.MAJOR, "9.2", null, "内部監査が行われていない", DAY.plusDays(90), "office", DAY);
        IsmsException e = catchThrowableOfType(IsmsException.class,
                () -> audit.recordResult(Stage2Result.MINOR_CORRECTIONS, DAY.plusDays(60)));
        assertThat(e.messageKey()).isEqualTo("certification.result.minorsOnly");

        audit.recordResult(Stage2Result.NOT_RECOMMENDED, null);
        audit.applyResult();
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.NOT_RECOMMENDED);
        audit.scheduleStage2(DAY.plusDays(120));
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.STAGE2_SCHEDULED);
        assertThat(audit.getStage2Result()).isNull();
    }

    @Test
    void aSurveillanceAuditHasNoStage1() {
        Audit audit = new Audit("CB-2027-SURVEILLANCE_1", AuditType.SURVEILLANCE_1, DAY, 1, null, body());
        IsmsException e = catchThrowableOfType(IsmsException.class, () -> audit.stage1Held(DAY));
        assertThat(e.messageKey()).isEqualTo("certification.audit.noStage1");
        audit.scheduleStage2(DAY);
        audit.addInterview(LocalDateTime.of(2026, 1, 20, 10, 0), null, "top", "方針と目標");
        assertThat(audit.getInterviews()).singleElement().extracting(Interview::isTopManagement).isEqualTo(true);
        assertThat(AuditType.SURVEILLANCE_1.cycleKind()).contains(AuditKind.SURVEILLANCE_1);
        assertThat(AuditType.SCOPE_CHANGE.cycleKind()).isEmpty();
    }

    @Test
    void aCertificateIsValidThreeYearsAndItsScopeFollowsAScopeChangeWithHistory() {
        Audit audit = atStage2(initial());
        audit.recordResult(Stage2Result.RECOMMENDED, null);
        audit.applyResult();
        Certificate certificate = new Certificate("IS 123456", audit.getBody(), audit, StandardEdition.JIS_Q_27001_2023,
                1L, LocalDate.of(2026, 2, 16), "office");
        assertThat(certificate.getExpiryDate()).isEqualTo(LocalDate.of(2029, 2, 15));
        assertThat(certificate.isRenewal()).isFalse();

        assertThat(certificate.followScope(2L, LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(certificate.followScope(2L, LocalDate.of(2026, 6, 2))).isFalse();
        assertThat(certificate.getScopeVersionId()).isEqualTo(2L);
        assertThat(certificate.getScopeHistory()).extracting(ScopeHistoryEntry::getScopeVersionId).containsExactly(1L, 2L);
    }
}
