package jp.isms.certification.domain;

import static jp.isms.certification.domain.AuditKind.RENEWAL;
import static jp.isms.certification.domain.AuditKind.SURVEILLANCE_1;
import static jp.isms.certification.domain.AuditKind.SURVEILLANCE_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.List;
import jp.isms.shared.domain.IsmsException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertificationCycleTest {

    private static final LocalDate FEB_15_2025 = LocalDate.of(2025, 2, 15);

    private static CertificationCycle certifiedOn(LocalDate issued) {
        return CertificationCycle.initial(issued, CyclePolicy.DEFAULT);
    }

    // --- the memo's example -------------------------------------------------------------------------------

    @Test
    void memoExampleOverSevenYears() {
        // given certified in February 2025
        CertificationCycle cycle = certifiedOn(FEB_15_2025);

        // when
        List<PlannedAudit> audits = cycle.plannedAudits(FEB_15_2025, 7);

        // then surveillance Feb 2026 and Feb 2027, renewal Feb 2028, surveillance 2029 and 2030, renewal 2031
        assertThat(audits).extracting(PlannedAudit::cycleNumber, PlannedAudit::kind, PlannedAudit::plannedMonth)
                .containsExactly(
                        tuple(1, SURVEILLANCE_1, YearMonth.of(2026, 2)),
                        tuple(1, SURVEILLANCE_2, YearMonth.of(2027, 2)),
                        tuple(1, RENEWAL, YearMonth.of(2028, 2)),
                        tuple(2, SURVEILLANCE_1, YearMonth.of(2029, 2)),
                        tuple(2, SURVEILLANCE_2, YearMonth.of(2030, 2)),
                        tuple(2, RENEWAL, YearMonth.of(2031, 2)));
    }

    @Test
    void memoExampleDatesAndDueDates() {
        // when
        List<PlannedAudit> audits = certifiedOn(FEB_15_2025).plannedAudits(FEB_15_2025, 7);

        // then
        assertThat(audits).extracting(PlannedAudit::plannedDate, PlannedAudit::dueDate).containsExactly(
                tuple(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 15)),
                tuple(LocalDate.of(2027, 2, 15), LocalDate.of(2027, 2, 15)),
                tuple(LocalDate.of(2028, 2, 7), LocalDate.of(2028, 2, 14)),
                tuple(LocalDate.of(2029, 2, 15), LocalDate.of(2029, 2, 15)),
                tuple(LocalDate.of(2030, 2, 15), LocalDate.of(2030, 2, 15)),
                tuple(LocalDate.of(2031, 2, 7), LocalDate.of(2031, 2, 14)));
    }

    @ParameterizedTest(name = "certified 2025-02-{0}: every audit in February")
    @ValueSource(ints = { 9, 10, 14, 15, 16, 20, 27, 28 })
    void memoExampleHoldsForFebruaryCertificatesFromTheNinthOnWithTheDefaultPolicy(int day) {
        // when
        List<PlannedAudit> audits = certifiedOn(LocalDate.of(2025, 2, day)).plannedAudits(LocalDate.of(2025, 1, 1), 7);

        // then
        assertThat(audits).extracting(PlannedAudit::plannedMonth).containsExactly(YearMonth.of(2026, 2),
                YearMonth.of(2027, 2), YearMonth.of(2028, 2), YearMonth.of(2029, 2), YearMonth.of(2030, 2),
                YearMonth.of(2031, 2));
    }

    @Test
    void certificateOfFirstFebruaryMustBeRenewedInJanuary() {
        // given certified 2025-02-01, expiring 2028-01-31: the renewal cannot be in February, whatever the lead
        CertificationCycle cycle = CertificationCycle.initial(LocalDate.of(2025, 2, 1),
                CyclePolicy.DEFAULT.withRenewalLead(Period.ZERO));

        // then
        assertThat(cycle.audit(RENEWAL).dueDate()).isEqualTo(LocalDate.of(2028, 1, 31));
        assertThat(cycle.audit(RENEWAL).plannedMonth()).isEqualTo(YearMonth.of(2028, 1));
    }

    @Test
    void cyclesFollowWithoutEndAndWithoutGap() {
        // given
        CertificationCycle first = certifiedOn(FEB_15_2025);

        // when
        CertificationCycle second = first.next();
        CertificationCycle third = second.next();

        // then
        assertThat(first.end()).isEqualTo(LocalDate.of(2028, 2, 14));
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.start()).isEqualTo(LocalDate.of(2028, 2, 15));
        assertThat(second.end()).isEqualTo(LocalDate.of(2031, 2, 14));
        assertThat(third.start()).isEqualTo(LocalDate.of(2031, 2, 15));
        assertThat(first.plannedAudits(FEB_15_2025, 30)).hasSize(30)
                .extracting(PlannedAudit::plannedDate).isSorted().last()
                .isEqualTo(LocalDate.of(2055, 2, 7));
    }

    @Test
    void plannedAuditsStartFromTheGivenDay() {
        // when the CISO asks in March 2027 for the next two years
        List<PlannedAudit> audits = certifiedOn(FEB_15_2025).plannedAudits(LocalDate.of(2027, 3, 1), 2);

        // then
        assertThat(audits).extracting(PlannedAudit::cycleNumber, PlannedAudit::kind, PlannedAudit::plannedDate)
                .containsExactly(tuple(1, RENEWAL, LocalDate.of(2028, 2, 7)),
                        tuple(2, SURVEILLANCE_1, LocalDate.of(2029, 2, 15)));
    }

    // --- leap years ---------------------------------------------------------------------------------------

    @Test
    void certificateIssuedOnLeapDay() {
        // given
        CertificationCycle cycle = certifiedOn(LocalDate.of(2024, 2, 29));

        // then anniversaries without 29 February fall on the 28th, the cycle ends on 28 February 2027
        assertThat(cycle.end()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(cycle.audits()).extracting(PlannedAudit::kind, PlannedAudit::plannedDate, PlannedAudit::dueDate)
                .containsExactly(tuple(SURVEILLANCE_1, LocalDate.of(2025, 2, 28), LocalDate.of(2025, 2, 28)),
                        tuple(SURVEILLANCE_2, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28)),
                        tuple(RENEWAL, LocalDate.of(2027, 2, 21), LocalDate.of(2027, 2, 28)));
    }

    @Test
    void afterALeapDayCycleTheAnniversaryMovesToFirstMarch() {
        // when
        CertificationCycle second = certifiedOn(LocalDate.of(2024, 2, 29)).next();

        // then the next cycle starts the day after expiry and keeps 1 March from then on
        assertThat(second.start()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(second.end()).isEqualTo(LocalDate.of(2030, 2, 28));
        assertThat(second.audits()).extracting(PlannedAudit::plannedDate).containsExactly(LocalDate.of(2028, 3, 1),
                LocalDate.of(2029, 3, 1), LocalDate.of(2030, 2, 21));
        assertThat(second.next().start()).isEqualTo(LocalDate.of(2030, 3, 1));
    }

    // --- windows and preparation ---------------------------------------------------------------------------

    @Test
    void preparationStartsTheConfiguredWeeksBeforeEachAudit() {
        // when
        List<PlannedAudit> audits = certifiedOn(FEB_15_2025).audits();

        // then eight weeks by default
        assertThat(audits).extracting(PlannedAudit::preparationStart).containsExactly(LocalDate.of(2025, 12, 21),
                LocalDate.of(2026, 12, 21), LocalDate.of(2027, 12, 13));
    }

    @Test
    void preparationWeeksAreConfigurable() {
        // given
        CertificationCycle cycle = CertificationCycle.initial(FEB_15_2025, CyclePolicy.DEFAULT.withPreparationWeeks(12));
        CertificationCycle sameDay = CertificationCycle.initial(FEB_15_2025, CyclePolicy.DEFAULT.withPreparationWeeks(0));

        // then
        assertThat(cycle.audit(SURVEILLANCE_1).preparationStart()).isEqualTo(LocalDate.of(2025, 11, 23));
        assertThat(sameDay.audit(SURVEILLANCE_1).preparationStart()).isEqualTo(LocalDate.of(2026, 2, 15));
    }

    @Test
    void renewalLeadIsConfigurable() {
        // given the renewal planned two months before expiry
        CertificationCycle cycle = CertificationCycle.initial(FEB_15_2025,
                CyclePolicy.DEFAULT.withRenewalLead(Period.ofMonths(2)));

        // then
        PlannedAudit renewal = cycle.audit(RENEWAL);
        assertThat(renewal.plannedDate()).isEqualTo(LocalDate.of(2027, 12, 14));
        assertThat(renewal.dueDate()).isEqualTo(LocalDate.of(2028, 2, 14));
        assertThat(renewal.preparationStart()).isEqualTo(LocalDate.of(2027, 10, 19));
    }

    @Test
    void windowOpensTheToleranceBeforeThePlannedDateAndClosesOnTheDueDate() {
        // given
        PlannedAudit surveillance = certifiedOn(FEB_15_2025).audit(SURVEILLANCE_1);
        PlannedAudit renewal = certifiedOn(FEB_15_2025).audit(RENEWAL);

        // then two months earlier at most; a surveillance may never be later than its anniversary
        assertThat(surveillance.earliest()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(surveillance.isWithinWindow(LocalDate.of(2025, 12, 14))).isFalse();
        assertThat(surveillance.isWithinWindow(LocalDate.of(2025, 12, 15))).isTrue();
        assertThat(surveillance.isWithinWindow(LocalDate.of(2026, 2, 15))).isTrue();
        assertThat(surveillance.isWithinWindow(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(renewal.earliest()).isEqualTo(LocalDate.of(2027, 12, 7));
        assertThat(renewal.isWithinWindow(LocalDate.of(2028, 2, 14))).isTrue();
        assertThat(renewal.isWithinWindow(LocalDate.of(2028, 2, 15))).isFalse();
    }

    @Test
    void windowNeverOpensBeforeTheCycleStarts() {
        // given a tolerance longer than a year
        CertificationCycle cycle = CertificationCycle.initial(FEB_15_2025,
                CyclePolicy.DEFAULT.withWindowTolerance(Period.ofMonths(18)));

        // then
        assertThat(cycle.audit(SURVEILLANCE_1).earliest()).isEqualTo(FEB_15_2025);
        assertThat(cycle.audit(SURVEILLANCE_2).earliest()).isEqualTo(LocalDate.of(2025, 8, 15));
    }

    // --- renewal on time and late --------------------------------------------------------------------------

    @Test
    void renewalHeldOnOrBeforeExpiryIsOnTime() {
        CertificationCycle cycle = certifiedOn(FEB_15_2025);

        assertThat(cycle.renewalTiming(LocalDate.of(2028, 2, 7))).isEqualTo(RenewalTiming.ON_TIME);
        assertThat(cycle.renewalTiming(LocalDate.of(2028, 2, 14))).isEqualTo(RenewalTiming.ON_TIME);
        assertThat(RenewalTiming.ON_TIME.certificateLapsed()).isFalse();
        assertThat(RenewalTiming.ON_TIME.requiresInitialCertification()).isFalse();
    }

    @Test
    void renewalHeldAfterExpiryMeansTheCertificateLapsed() {
        // given
        CertificationCycle cycle = certifiedOn(FEB_15_2025);
        LocalDate lateAudit = LocalDate.of(2028, 2, 15);

        // when
        RenewalTiming timing = cycle.renewalTiming(lateAudit);
        IsmsException e = catchThrowableOfType(IsmsException.class,
                () -> cycle.renew(lateAudit, LocalDate.of(2028, 3, 1)));

        // then
        assertThat(timing).isEqualTo(RenewalTiming.LATE);
        assertThat(timing.certificateLapsed()).isTrue();
        assertThat(timing.requiresInitialCertification()).isTrue();
        assertThat(cycle.certificate().hasExpiredBy(lateAudit)).isTrue();
        assertThat(e).isNotNull();
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(e.messageKey()).isEqualTo("certification.renewal.lapsed");
        assertThat(e.arguments()).containsExactly(LocalDate.of(2028, 2, 14), lateAudit);
        Bundles.assertSpeakable(e);
    }

    @Test
    void afterALapseANewInitialCertificationStartsANewAnniversary() {
        // given the renewal came too late; stage 1 and 2 again, new certificate on 20 May 2028
        CertificationCycle fresh = certifiedOn(LocalDate.of(2028, 5, 20));

        // then
        assertThat(fresh.number()).isEqualTo(1);
        assertThat(fresh.audits()).extracting(PlannedAudit::plannedMonth).containsExactly(YearMonth.of(2029, 5),
                YearMonth.of(2030, 5), YearMonth.of(2031, 5));
    }

    @Test
    void renewalOnTimeWithALateCertificateKeepsTheAnniversary() {
        // given renewal audit on 2028-02-07, the body issues the new certificate only on 2028-03-10
        CertificationCycle cycle = certifiedOn(FEB_15_2025);

        // when
        CertificationCycle renewed = cycle.renew(LocalDate.of(2028, 2, 7), LocalDate.of(2028, 3, 10));

        // then the new cycle counts from 15 February as before, not from 10 March
        assertThat(renewed.number()).isEqualTo(2);
        assertThat(renewed.start()).isEqualTo(LocalDate.of(2028, 2, 15));
        assertThat(renewed.certificate().issueDate()).isEqualTo(LocalDate.of(2028, 3, 10));
        assertThat(renewed.certificate().expiryDate()).isEqualTo(LocalDate.of(2031, 2, 14));
        assertThat(renewed.audits()).isEqualTo(cycle.next().audits());
        assertThat(renewed.audit(SURVEILLANCE_1).plannedDate()).isEqualTo(LocalDate.of(2029, 2, 15));
    }

    @Test
    void noCertificateIsInForceBetweenExpiryAndALateIssuedRenewal() {
        // given
        CertificationCycle cycle = certifiedOn(FEB_15_2025);
        CertificationCycle renewed = cycle.renew(LocalDate.of(2028, 2, 7), LocalDate.of(2028, 3, 10));
        LocalDate inBetween = LocalDate.of(2028, 2, 20);

        // then
        assertThat(cycle.certificate().isValidOn(inBetween)).isFalse();
        assertThat(renewed.certificate().isValidOn(inBetween)).isFalse();
        assertThat(renewed.certificate().isValidOn(LocalDate.of(2028, 3, 10))).isTrue();
    }

    @Test
    void renewalIssuedBeforeExpiryLeavesNoGap() {
        // when
        CertificationCycle renewed = certifiedOn(FEB_15_2025).renew(LocalDate.of(2028, 1, 10),
                LocalDate.of(2028, 2, 1));

        // then the old and the new certificate overlap: there is always one in force
        assertThat(renewed.start()).isEqualTo(LocalDate.of(2028, 2, 15));
        assertThat(renewed.certificate().isValidOn(LocalDate.of(2028, 2, 1))).isTrue();
    }

    // --- invalid input --------------------------------------------------------------------------------------

    private static IsmsException refused(ThrowingCallable call, String key) {
        IsmsException e = catchThrowableOfType(IsmsException.class, call);
        assertThat(e).as("refused with " + key).isNotNull();
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo(key);
        Bundles.assertSpeakable(e);
        return e;
    }

    @Test
    void missingIssueDateOrPolicyIsRefused() {
        assertThat(refused(() -> CertificationCycle.initial(null, CyclePolicy.DEFAULT), "validation.required")
                .arguments()).containsExactly("certification.issueDate");
        assertThat(refused(() -> CertificationCycle.initial(FEB_15_2025, null), "validation.required").arguments())
                .containsExactly("certification.policy");
    }

    @Test
    void negativePreparationWeeksAreRefused() {
        IsmsException e = refused(() -> CyclePolicy.DEFAULT.withPreparationWeeks(-1), "certification.period.negative");
        assertThat(e.arguments()).containsExactly("certification.policy.preparationWeeks", "-1");
    }

    @Test
    void negativeOrMissingPeriodsAreRefused() {
        assertThat(refused(() -> CyclePolicy.DEFAULT.withRenewalLead(Period.ofWeeks(-2)),
                "certification.period.negative").arguments())
                .containsExactly("certification.policy.renewalLead", "P-14D");
        assertThat(refused(() -> CyclePolicy.DEFAULT.withWindowTolerance(Period.of(0, 1, -1)),
                "certification.period.negative").arguments()[0]).isEqualTo("certification.policy.windowTolerance");
        assertThat(refused(() -> new CyclePolicy(null, Period.ZERO, 0), "validation.required").arguments())
                .containsExactly("certification.policy.renewalLead");
    }

    @Test
    void calendarLengthOutsideOneToHundredYearsIsRefused() {
        CertificationCycle cycle = certifiedOn(FEB_15_2025);

        refused(() -> cycle.plannedAudits(FEB_15_2025, 0), "certification.years.outOfRange");
        refused(() -> cycle.plannedAudits(FEB_15_2025, -3), "certification.years.outOfRange");
        refused(() -> cycle.plannedAudits(FEB_15_2025, 101), "certification.years.outOfRange");
        refused(() -> cycle.plannedAudits(null, 7), "validation.required");
        // one audit a year, 2026 to 2124 (a renewal, 2124-02-07); the surveillance of 2125-02-15 is past the 100 years
        assertThat(cycle.plannedAudits(FEB_15_2025, 100)).hasSize(99).last().extracting(PlannedAudit::plannedDate)
                .isEqualTo(LocalDate.of(2124, 2, 7));
    }

    @Test
    void renewalWithMissingOrImpossibleDatesIsRefused() {
        CertificationCycle cycle = certifiedOn(FEB_15_2025);

        refused(() -> cycle.renewalTiming(null), "validation.required");
        refused(() -> cycle.renewalTiming(LocalDate.of(2025, 2, 14)), "certification.date.beforeCycleStart");
        refused(() -> cycle.renew(LocalDate.of(2028, 2, 7), null), "validation.required");
        refused(() -> cycle.renew(LocalDate.of(2028, 2, 7), LocalDate.of(2028, 2, 6)),
                "certification.renewal.issueBeforeAudit");
        refused(() -> cycle.renew(LocalDate.of(2028, 2, 7), LocalDate.of(2031, 2, 14)),
                "certification.renewal.issueAfterCycle");
    }
}
