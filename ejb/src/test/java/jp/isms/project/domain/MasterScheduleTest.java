package jp.isms.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;

class MasterScheduleTest {

    private static final ScheduleTemplate TEMPLATE = ScheduleTemplate.standard();
    private static final LocalDate KICKOFF = LocalDate.of(2026, 4, 1);
    private static final LocalDate TARGET = LocalDate.of(2027, 2, 1);

    private static MasterSchedule tenMonths() {
        return MasterSchedule.propose(KICKOFF, TARGET, TEMPLATE);
    }

    private static void assertDependenciesRespected(MasterSchedule schedule) {
        for (ScheduledStep step : schedule.steps()) {
            assertThat(step.start()).as("%s starts after the kickoff", step.code()).isAfterOrEqualTo(schedule.kickoff());
            for (String before : step.step().follows()) {
                assertThat(step.start()).as("%s starts after %s ends", step.code(), before)
                        .isAfterOrEqualTo(schedule.step(before).end());
            }
        }
    }

    private static Map<String, LocalDate> dates(MasterSchedule schedule) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        schedule.steps().forEach(s -> {
            dates.put(s.code() + ".start", s.start());
            dates.put(s.code() + ".end", s.end());
        });
        return dates;
    }

    private static IsmsException refusal(Runnable action) {
        IsmsException e = catchThrowableOfType(IsmsException.class, action::run);
        assertThat(e).as("refused with an IsmsException").isNotNull();
        return e;
    }

    @Test
    void tenMonthWindowLikeTheProposalGivesThePhasesInOrderWithPlausibleLengths() {
        // when
        MasterSchedule schedule = tenMonths();

        // then: the defaults fit, without compression
        assertThat(schedule.compressionPercent()).isEqualTo(100);
        assertThat(schedule.status()).isEqualTo(ScheduleStatus.PROPOSED);
        List<PhaseSpan> phases = schedule.phases();
        assertThat(phases).extracting(PhaseSpan::phase).containsExactly(SchedulePhase.PREP, SchedulePhase.PLAN,
                SchedulePhase.DO, SchedulePhase.CHECK, SchedulePhase.ACT, SchedulePhase.CERT);
        assertThat(phases).extracting(PhaseSpan::start).isSorted();
        assertThat(phases).extracting(PhaseSpan::end).isSorted();
        // preparation starts on the kickoff, the plan phase right after it
        assertThat(phases.get(0).start()).isEqualTo(KICKOFF);
        assertThat(phases.get(1).start()).isEqualTo(phases.get(0).end());
        // P about three months, D and C one to two, A two to three
        assertThat(schedule.span(SchedulePhase.PLAN).orElseThrow().days()).isBetween(80L, 100L);
        assertThat(schedule.span(SchedulePhase.DO).orElseThrow().days()).isBetween(28L, 62L);
        assertThat(schedule.span(SchedulePhase.CHECK).orElseThrow().days()).isBetween(28L, 62L);
        assertThat(schedule.span(SchedulePhase.ACT).orElseThrow().days()).isBetween(56L, 92L);
        // the certification steps where the proposal has them: application in month 7, stage 1 in month 8,
        // stage 2 over months 9 and 10, the certificate on the target date
        assertThat(schedule.step("R-01").start()).isBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertThat(schedule.step("R-02").start()).isBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
        assertThat(schedule.step("R-03").start()).isBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertThat(schedule.step("R-04").isMilestone()).isTrue();
        assertThat(schedule.step("R-04").end()).isEqualTo(TARGET);
        assertThat(schedule.projectedCertificationDate()).isEqualTo(TARGET);
        // the application follows the management review, with less than two weeks to spare
        assertThat(schedule.step("R-01").start()).isAfterOrEqualTo(schedule.step("C-06").end());
        assertThat(schedule.slackBefore("R-01")).isBetween(0L, 13L);
        assertDependenciesRespected(schedule);
        // default durations: weeks × 7
        assertThat(schedule.step("P-04").durationDays()).isEqualTo(14);
        assertThat(schedule.step("R-03").durationDays()).isEqualTo(56);
    }

    @Test
    void aLongerWindowLeavesTheSlackBeforeTheApplication() {
        // given
        MasterSchedule tight = tenMonths();
        LocalDate later = LocalDate.of(2027, 6, 1);

        // when
        MasterSchedule relaxed = MasterSchedule.propose(KICKOFF, later, TEMPLATE);

        // then: the own work is laid out exactly as before, the certification moves with the target
        assertThat(relaxed.compressionPercent()).isEqualTo(100);
        for (ScheduledStep step : tight.steps()) {
            ScheduledStep same = relaxed.step(step.code());
            if (step.phase() == SchedulePhase.CERT) {
                assertThat(same.end()).isEqualTo(step.end().plusDays(ChronoUnit.DAYS.between(TARGET, later)));
            } else {
                assertThat(same.start()).as(step.code()).isEqualTo(step.start());
                assertThat(same.end()).as(step.code()).isEqualTo(step.end());
            }
        }
        assertThat(relaxed.slackBefore("R-01"))
                .isEqualTo(tight.slackBefore("R-01") + ChronoUnit.DAYS.between(TARGET, later));
        assertThat(relaxed.step("R-04").end()).isEqualTo(later);
        assertDependenciesRespected(relaxed);
    }

    @Test
    void aShorterWindowIsCompressedProportionallyButNotBelowTheMinimums() {
        // given eight months instead of ten
        LocalDate target = LocalDate.of(2026, 12, 1);

        // when
        MasterSchedule schedule = MasterSchedule.propose(KICKOFF, target, TEMPLATE);

        // then
        assertThat(schedule.compressionPercent()).isBetween(1, 99);
        assertThat(schedule.step("R-04").end()).isEqualTo(target);
        assertThat(schedule.phases()).extracting(PhaseSpan::start).isSorted();
        for (ScheduledStep step : schedule.steps()) {
            assertThat(step.durationDays()).as(step.code()).isBetween(step.step().minWeeks() * 7L,
                    step.step().weeks() * 7L);
        }
        // a long step is cut proportionally
        assertThat(schedule.step("R-03").durationDays())
                .isEqualTo(Math.max(28, Math.round(56 * schedule.compressionPercent() / 100.0)));
        assertThat(schedule.step("R-03").durationDays()).isLessThan(56);
        assertDependenciesRespected(schedule);
    }

    @Test
    void aWindowShorterThanTheMinimumsIsRefusedWithTheMonthsNeeded() {
        // when: the minimum schedule needs 27 weeks = 189 days, up to 2026-10-07
        IsmsException e = refusal(() -> MasterSchedule.propose(KICKOFF, LocalDate.of(2026, 10, 6), TEMPLATE));

        // then
        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("schedule.targetTooEarly");
        assertThat(e.arguments()).containsExactly(7, "2026-10-07");

        // and one day more fits, every step at its minimum
        MasterSchedule minimal = MasterSchedule.propose(KICKOFF, LocalDate.of(2026, 10, 7), TEMPLATE);
        assertThat(minimal.step("P-04").durationDays()).isEqualTo(7);
        assertDependenciesRespected(minimal);
    }

    @Test
    void aTargetBeforeTheKickoffIsRefusedTheSameWay() {
        IsmsException e = refusal(() -> MasterSchedule.propose(KICKOFF, KICKOFF.minusDays(1), TEMPLATE));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("schedule.targetTooEarly");
    }

    @Test
    void movingAStepLaterPushesItsDependantsAndNothingElse() {
        // given
        MasterSchedule schedule = tenMonths();
        Map<String, LocalDate> before = dates(schedule);
        long slack = schedule.slackBefore("R-01");

        // when: risk identification starts two weeks later
        schedule.moveStep("P-04", schedule.step("P-04").start().plusDays(14));

        // then: it keeps its duration; what follows it moves by two weeks
        assertThat(schedule.step("P-04").durationDays()).isEqualTo(14);
        for (String code : List.of("P-04", "P-05", "P-06", "P-07", "P-08", "P-09", "P-10", "D-01", "D-05", "C-01",
                "C-06", "A-01", "A-04")) {
            assertThat(schedule.step(code).start()).as(code).isEqualTo(before.get(code + ".start").plusDays(14));
            assertThat(schedule.step(code).end()).as(code).isEqualTo(before.get(code + ".end").plusDays(14));
        }
        // steps it does not lead to stay
        for (String code : List.of("I-01", "I-04", "P-01", "P-02", "P-03")) {
            assertThat(schedule.step(code).start()).as(code).isEqualTo(before.get(code + ".start"));
        }
        // the slack before the application absorbs part of the push; the rest moves the certificate
        assertThat(schedule.slackBefore("R-01")).isZero();
        assertThat(schedule.step("R-01").start()).isEqualTo(before.get("R-01.start").plusDays(14 - slack));
        assertThat(schedule.projectedCertificationDate()).isEqualTo(TARGET.plusDays(14 - slack));
        assertDependenciesRespected(schedule);
    }

    @Test
    void movingAStepEarlierMovesNothingElse() {
        // given
        MasterSchedule schedule = tenMonths();
        Map<String, LocalDate> before = dates(schedule);
        LocalDate newStart = schedule.step("C-06").end();

        // when: the application is filed on the day of the management review's end
        schedule.moveStep("R-01", newStart);

        // then
        assertThat(schedule.step("R-01").start()).isEqualTo(newStart);
        Map<String, LocalDate> after = dates(schedule);
        after.keySet().stream().filter(k -> !k.startsWith("R-01")).forEach(k ->
                assertThat(after.get(k)).as(k).isEqualTo(before.get(k)));
    }

    @Test
    void nothingStartsBeforeWhatItFollowsOrBeforeTheKickoff() {
        // given
        MasterSchedule schedule = tenMonths();
        Map<String, LocalDate> before = dates(schedule);
        LocalDate p04End = schedule.step("P-04").end();

        // when
        IsmsException early = refusal(() -> schedule.moveStep("P-05", p04End.minusDays(1)));
        IsmsException beforeKickoff = refusal(() -> schedule.moveStep("I-01", KICKOFF.minusDays(1)));
        IsmsException backwards = refusal(() -> schedule.reschedule("P-05", p04End.plusDays(3), p04End.plusDays(2)));
        IsmsException unknown = refusal(() -> schedule.moveStep("P-11", p04End));

        // then
        assertThat(early.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(early.messageKey()).isEqualTo("schedule.startsBeforeDependency");
        assertThat(early.arguments()).containsExactly("P-05", "P-04", p04End.toString());
        assertThat(beforeKickoff.messageKey()).isEqualTo("schedule.beforeKickoff");
        assertThat(backwards.messageKey()).isEqualTo("schedule.endBeforeStart");
        assertThat(unknown.kind()).isEqualTo(IsmsException.Kind.NOT_FOUND);
        assertThat(dates(schedule)).isEqualTo(before);
    }

    @Test
    void reschedulingCanLengthenAStepAndPushesWhatFollows() {
        // given
        MasterSchedule schedule = tenMonths();
        ScheduledStep audit = schedule.step("C-05");
        LocalDate a02Start = schedule.step("A-02").start();

        // when: the internal audit takes a week longer
        schedule.reschedule("C-05", audit.start(), audit.end().plusDays(7));

        // then
        assertThat(schedule.step("C-05").durationDays()).isEqualTo(21);
        assertThat(schedule.step("A-02").start()).isEqualTo(a02Start.plusDays(7));
        assertThat(schedule.step("C-06").start()).isAfterOrEqualTo(schedule.step("C-05").end());
        assertDependenciesRespected(schedule);
    }

    @Test
    void nothingChangesAfterTheBaseline() {
        // given
        MasterSchedule schedule = tenMonths();
        schedule.baseline();
        Map<String, LocalDate> frozen = dates(schedule);
        ScheduledStep p04 = schedule.step("P-04");

        // when
        IsmsException move = refusal(() -> schedule.moveStep("P-04", p04.start().plusDays(7)));
        IsmsException reschedule = refusal(() -> schedule.reschedule("P-04", p04.start(), p04.end().plusDays(7)));
        IsmsException again = refusal(schedule::baseline);

        // then
        assertThat(schedule.isBaselined()).isTrue();
        assertThat(List.of(move, reschedule, again)).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
            assertThat(e.messageKey()).isEqualTo("schedule.baselined");
        });
        assertThat(dates(schedule)).isEqualTo(frozen);
    }

    @Test
    void progressNeedsABaseline() {
        IsmsException e = refusal(() -> tenMonths().progress(LocalDate.of(2026, 6, 1), Map.of()));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.CONFLICT);
        assertThat(e.messageKey()).isEqualTo("schedule.notBaselined");
    }

    @Test
    void progressReportsPlannedAgainstActualPerPhaseAndTheLateItems() {
        // given a baseline and, two months in, what was finished
        MasterSchedule schedule = tenMonths();
        schedule.baseline();
        LocalDate asOf = schedule.step("P-04").end().plusDays(5);
        Map<String, LocalDate> completions = new HashMap<>();
        for (String code : List.of("I-01", "I-02", "I-03", "I-04", "P-01")) {
            completions.put(code, schedule.step(code).end());
        }
        completions.put("P-03", schedule.step("P-03").end().plusDays(3)); // finished late, but finished
        completions.put("P-05", asOf); // finished early

        // when
        ScheduleProgress progress = schedule.progress(asOf, completions);

        // then: P-02 and P-04 should be finished and are not
        assertThat(progress.asOf()).isEqualTo(asOf);
        assertThat(progress.late()).extracting(LateItem::code).containsExactly("P-02", "P-04");
        assertThat(progress.late().get(1).daysLate()).isEqualTo(5);
        assertThat(progress.late().get(0).plannedEnd()).isEqualTo(schedule.step("P-02").end());
        assertThat(progress.phases()).extracting(PhaseProgress::phase).containsExactly(SchedulePhase.values());

        PhaseProgress prep = progress.phase(SchedulePhase.PREP).orElseThrow();
        assertThat(prep.steps()).isEqualTo(4);
        assertThat(prep.plannedComplete()).isEqualTo(4);
        assertThat(prep.actualComplete()).isEqualTo(4);
        assertThat(prep.isBehind()).isFalse();

        PhaseProgress plan = progress.phase(SchedulePhase.PLAN).orElseThrow();
        assertThat(plan.steps()).isEqualTo(10);
        assertThat(plan.plannedComplete()).isEqualTo(4);
        assertThat(plan.actualComplete()).isEqualTo(3);
        assertThat(plan.plannedPercent()).isEqualTo(40);
        assertThat(plan.actualPercent()).isEqualTo(30);
        assertThat(plan.late()).extracting(LateItem::code).containsExactly("P-02", "P-04");
        assertThat(plan.plannedStart()).isEqualTo(schedule.step("P-01").start());

        PhaseProgress check = progress.phase(SchedulePhase.CHECK).orElseThrow();
        assertThat(check.plannedComplete()).isZero();
        assertThat(check.late()).isEmpty();
    }

    @Test
    void aStepDueOnTheReportingDateIsNotYetLate() {
        // given
        MasterSchedule schedule = tenMonths();
        schedule.baseline();
        LocalDate asOf = schedule.step("I-01").end();

        // when
        ScheduleProgress onTheDay = schedule.progress(asOf, Map.of());
        ScheduleProgress dayAfter = schedule.progress(asOf.plusDays(1), Map.of());

        // then
        assertThat(onTheDay.late()).isEmpty();
        assertThat(dayAfter.late()).extracting(LateItem::code).containsExactly("I-01");
        assertThat(dayAfter.late().get(0).daysLate()).isEqualTo(1);
    }

    @Test
    void completionsMustBeKnownStepsAndNotAfterTheReportingDate() {
        // given
        MasterSchedule schedule = tenMonths();
        schedule.baseline();
        LocalDate asOf = LocalDate.of(2026, 6, 1);

        // when
        IsmsException future = refusal(() -> schedule.progress(asOf, Map.of("P-01", asOf.plusDays(1))));
        IsmsException unknown = refusal(() -> schedule.progress(asOf, Map.of("Z-01", asOf)));

        // then
        assertThat(future.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(future.messageKey()).isEqualTo("schedule.completionAfterAsOf");
        assertThat(future.arguments()).containsExactly("P-01", "2026-06-02", "2026-06-01");
        assertThat(unknown.kind()).isEqualTo(IsmsException.Kind.NOT_FOUND);
    }
}
