package jp.isms.project.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.isms.shared.domain.IsmsException;

/**
 * The master schedule (マスタースケジュール) of a certification project: every step of a {@link ScheduleTemplate}
 * as a dated task or milestone between the kickoff and the target certification date.
 *
 * <h2>How a schedule is proposed</h2>
 * <ol>
 * <li>The organisation's own work (phases PREP to ACT) is laid out <em>forwards</em> from the kickoff: each step
 * starts as soon as every step it follows has ended (the kickoff for the first ones).</li>
 * <li>The certification body's part (phase CERT: application, stage 1, stage 2, certificate) is laid out
 * <em>backwards</em> from the target: a CERT step that nothing follows ends on the target date, every other one
 * ends when the first CERT step that follows it starts. The certificate is thus dated on the target.</li>
 * <li>If the window is longer than needed, the difference is slack between the end of the own work the application
 * depends on (management review) and the application: the ISMS runs longer before the audits.</li>
 * <li>If the window is too short, every duration is compressed by the same factor, in steps of one percent, each
 * step to no less than its minimum ({@code min_weeks}), until the schedule fits. If it does not fit even with every
 * step at its minimum, the proposal is refused ({@code schedule.targetTooEarly}, INVALID) with the number of whole
 * months the minimum schedule needs from the kickoff and the earliest possible certification date.</li>
 * </ol>
 * Durations are whole days (weeks × 7, compressed and rounded).
 *
 * <h2>Adjusting and baselining</h2>
 * The ISMS office may move a step ({@link #moveStep}, {@link #reschedule}). A step never starts before the kickoff
 * or before a step it follows has ended; moving one later pushes every step that would now start too early to the
 * end of what it follows, keeping each one's duration (slack absorbs the push first, so the certificate moves only
 * if the slack runs out). Moving a step earlier moves nothing else. A push may carry the certificate past the
 * target: {@link #projectedCertificationDate()} shows it. {@link #baseline()} freezes the schedule when top
 * management commits to the project; afterwards any change is a CONFLICT, and {@link #progress} measures reality
 * against it.
 */
public final class MasterSchedule {

    private final LocalDate kickoff;
    private final LocalDate target;
    private final ScheduleTemplate template;
    private final int compressionPercent;
    private final Map<String, ScheduledStep> steps;
    private ScheduleStatus status = ScheduleStatus.PROPOSED;

    private MasterSchedule(LocalDate kickoff, LocalDate target, ScheduleTemplate template, int compressionPercent,
            Map<String, ScheduledStep> steps) {
        this.kickoff = kickoff;
        this.target = target;
        this.template = template;
        this.compressionPercent = compressionPercent;
        this.steps = steps;
    }

    /** Proposes a schedule from the kickoff to the target certification date; see the class comment for the rule. */
    public static MasterSchedule propose(LocalDate kickoff, LocalDate targetCertificationDate,
            ScheduleTemplate template) {
        if (kickoff == null) {
            throw IsmsException.invalid("validation.required", "schedule.kickoff");
        }
        if (targetCertificationDate == null) {
            throw IsmsException.invalid("validation.required", "schedule.targetDate");
        }
        if (template == null) {
            throw new IllegalArgumentException("template is required");
        }
        for (int percent = 100; percent >= 0; percent--) {
            Map<String, Long> durations = durations(template, percent);
            Map<String, ScheduledStep> laidOut = layOut(kickoff, targetCertificationDate, template, durations);
            if (fits(kickoff, targetCertificationDate, template, laidOut)) {
                return new MasterSchedule(kickoff, targetCertificationDate, template, percent, laidOut);
            }
        }
        LocalDate earliest = earliestEnd(kickoff, template, durations(template, 0));
        int months = 0;
        while (kickoff.plusMonths(months).isBefore(earliest)) {
            months++;
        }
        throw IsmsException.invalid("schedule.targetTooEarly", months, earliest.toString());
    }

    /** The dates of one step as they are stored. */
    public record Dates(LocalDate start, LocalDate end) {
    }

    /**
     * A schedule as it was stored: every step of the template with its dates, proposed or baselined. Stored dates
     * that miss a step of the template, or that end before they start, are a defect of the data, not of user input.
     */
    public static MasterSchedule restore(LocalDate kickoff, LocalDate targetCertificationDate, ScheduleTemplate template,
            int compressionPercent, boolean baselined, Map<String, Dates> dates) {
        Map<String, ScheduledStep> steps = new LinkedHashMap<>();
        for (TemplateStep step : template.steps()) {
            Dates stored = dates.get(step.code());
            if (stored == null || stored.start() == null || stored.end() == null) {
                throw new IllegalStateException("stored schedule has no dates for step " + step.code());
            }
            steps.put(step.code(), new ScheduledStep(step, stored.start(), stored.end()));
        }
        MasterSchedule schedule = new MasterSchedule(kickoff, targetCertificationDate, template, compressionPercent, steps);
        schedule.status = baselined ? ScheduleStatus.BASELINED : ScheduleStatus.PROPOSED;
        return schedule;
    }

    private static Map<String, Long> durations(ScheduleTemplate template, int percent) {
        Map<String, Long> days = new HashMap<>();
        for (TemplateStep step : template.steps()) {
            long compressed = Math.round(step.weeks() * 7 * percent / 100.0);
            days.put(step.code(), Math.max(step.minWeeks() * 7L, compressed));
        }
        return days;
    }

    private static Map<String, ScheduledStep> layOut(LocalDate kickoff, LocalDate target, ScheduleTemplate template,
            Map<String, Long> days) {
        Map<String, LocalDate[]> placed = new HashMap<>();
        List<TemplateStep> order = template.topologicalOrder();
        for (TemplateStep step : order) {
            if (step.phase() != SchedulePhase.CERT) {
                LocalDate start = kickoff;
                for (String before : step.follows()) {
                    start = later(start, placed.get(before)[1]);
                }
                placed.put(step.code(), new LocalDate[] { start, start.plusDays(days.get(step.code())) });
            }
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            TemplateStep step = order.get(i);
            if (step.phase() == SchedulePhase.CERT) {
                LocalDate end = target;
                for (String after : template.dependantsOf(step.code())) {
                    LocalDate afterStart = placed.get(after)[0];
                    end = afterStart.isBefore(end) ? afterStart : end;
                }
                placed.put(step.code(), new LocalDate[] { end.minusDays(days.get(step.code())), end });
            }
        }
        Map<String, ScheduledStep> result = new LinkedHashMap<>();
        for (TemplateStep step : template.steps()) {
            LocalDate[] dates = placed.get(step.code());
            result.put(step.code(), new ScheduledStep(step, dates[0], dates[1]));
        }
        return result;
    }

    private static boolean fits(LocalDate kickoff, LocalDate target, ScheduleTemplate template,
            Map<String, ScheduledStep> laidOut) {
        for (ScheduledStep step : laidOut.values()) {
            if (step.start().isBefore(kickoff) || step.end().isAfter(target)) {
                return false;
            }
            for (String before : step.step().follows()) {
                if (step.start().isBefore(laidOut.get(before).end())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The end of the last step when everything, certification included, is laid out as early as possible. */
    private static LocalDate earliestEnd(LocalDate kickoff, ScheduleTemplate template, Map<String, Long> days) {
        Map<String, LocalDate> ends = new HashMap<>();
        LocalDate last = kickoff;
        for (TemplateStep step : template.topologicalOrder()) {
            LocalDate start = kickoff;
            for (String before : step.follows()) {
                start = later(start, ends.get(before));
            }
            LocalDate end = start.plusDays(days.get(step.code()));
            ends.put(step.code(), end);
            last = later(last, end);
        }
        return last;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }

    /** Moves a step to start on another day, keeping its duration; see the class comment for what follows. */
    public void moveStep(String code, LocalDate newStart) {
        ScheduledStep step = requireStep(code);
        if (newStart == null) {
            throw IsmsException.invalid("validation.required", "schedule.start");
        }
        reschedule(code, newStart, newStart.plusDays(step.durationDays()));
    }

    /** Gives a step new dates (and so possibly a new duration); see the class comment for what follows. */
    public void reschedule(String code, LocalDate newStart, LocalDate newEnd) {
        requireAdjustable();
        ScheduledStep step = requireStep(code);
        if (newStart == null) {
            throw IsmsException.invalid("validation.required", "schedule.start");
        }
        if (newEnd == null) {
            throw IsmsException.invalid("validation.required", "schedule.end");
        }
        if (newEnd.isBefore(newStart)) {
            throw IsmsException.invalid("schedule.endBeforeStart", code, newStart.toString(), newEnd.toString());
        }
        if (newStart.isBefore(kickoff)) {
            throw IsmsException.invalid("schedule.beforeKickoff", code, kickoff.toString());
        }
        for (String before : step.step().follows()) {
            ScheduledStep predecessor = steps.get(before);
            if (newStart.isBefore(predecessor.end())) {
                throw IsmsException.invalid("schedule.startsBeforeDependency", code, before,
                        predecessor.end().toString());
            }
        }
        step.place(newStart, newEnd);
        for (TemplateStep next : template.topologicalOrder()) {
            ScheduledStep dependant = steps.get(next.code());
            LocalDate earliest = dependant.start();
            for (String before : next.follows()) {
                earliest = later(earliest, steps.get(before).end());
            }
            if (earliest.isAfter(dependant.start())) {
                dependant.place(earliest, earliest.plusDays(dependant.durationDays()));
            }
        }
    }

    /** Top management's commitment: the schedule becomes the baseline and no longer changes. */
    public void baseline() {
        requireAdjustable();
        status = ScheduleStatus.BASELINED;
    }

    /**
     * The baseline against reality on {@code asOf}. A step counts as planned complete when its planned end lies
     * before {@code asOf}, as actually complete when it has a completion date (on or before {@code asOf}), and as
     * late when it is planned complete but not actually complete.
     *
     * @param actualCompletions the day each finished step was finished, by step code
     */
    public ScheduleProgress progress(LocalDate asOf, Map<String, LocalDate> actualCompletions) {
        if (status != ScheduleStatus.BASELINED) {
            throw IsmsException.conflict("schedule.notBaselined");
        }
        if (asOf == null) {
            throw IsmsException.invalid("validation.required", "schedule.asOf");
        }
        Map<String, LocalDate> done = actualCompletions == null ? Map.of() : actualCompletions;
        for (Map.Entry<String, LocalDate> completion : done.entrySet()) {
            requireStep(completion.getKey());
            if (completion.getValue() == null) {
                throw IsmsException.invalid("validation.required", "schedule.completedOn");
            }
            if (completion.getValue().isAfter(asOf)) {
                throw IsmsException.invalid("schedule.completionAfterAsOf", completion.getKey(),
                        completion.getValue().toString(), asOf.toString());
            }
        }
        Map<SchedulePhase, List<ScheduledStep>> byPhase = new EnumMap<>(SchedulePhase.class);
        steps.values().forEach(s -> byPhase.computeIfAbsent(s.phase(), p -> new ArrayList<>()).add(s));
        Comparator<LateItem> lateOrder = Comparator.comparing(LateItem::plannedEnd).thenComparing(LateItem::code);
        List<PhaseProgress> phases = new ArrayList<>();
        List<LateItem> allLate = new ArrayList<>();
        byPhase.forEach((phase, phaseSteps) -> {
            int planned = 0;
            int actual = 0;
            List<LateItem> late = new ArrayList<>();
            for (ScheduledStep step : phaseSteps) {
                boolean plannedComplete = step.end().isBefore(asOf);
                boolean actuallyComplete = done.containsKey(step.code());
                planned += plannedComplete ? 1 : 0;
                actual += actuallyComplete ? 1 : 0;
                if (plannedComplete && !actuallyComplete) {
                    late.add(new LateItem(step.step(), step.end(), ChronoUnit.DAYS.between(step.end(), asOf)));
                }
            }
            late.sort(lateOrder);
            allLate.addAll(late);
            PhaseSpan span = span(phase).orElseThrow();
            phases.add(new PhaseProgress(phase, span.start(), span.end(), phaseSteps.size(), planned, actual, late));
        });
        allLate.sort(lateOrder);
        return new ScheduleProgress(asOf, phases, allLate);
    }

    private void requireAdjustable() {
        if (status == ScheduleStatus.BASELINED) {
            throw IsmsException.conflict("schedule.baselined");
        }
    }

    private ScheduledStep requireStep(String code) {
        ScheduledStep step = code == null ? null : steps.get(code);
        if (step == null) {
            throw IsmsException.notFound("schedule.unknownStep", code);
        }
        return step;
    }

    public LocalDate kickoff() {
        return kickoff;
    }

    public LocalDate targetCertificationDate() {
        return target;
    }

    public ScheduleStatus status() {
        return status;
    }

    public boolean isBaselined() {
        return status == ScheduleStatus.BASELINED;
    }

    /** 100 when the template's default durations fit; less when the window forced compression. */
    public int compressionPercent() {
        return compressionPercent;
    }

    /** The steps in the template's order. */
    public List<ScheduledStep> steps() {
        return List.copyOf(steps.values());
    }

    public ScheduledStep step(String code) {
        return requireStep(code);
    }

    /** The phases that have steps, in the phases' order, each from its first start to its last end. */
    public List<PhaseSpan> phases() {
        List<PhaseSpan> spans = new ArrayList<>();
        for (SchedulePhase phase : SchedulePhase.values()) {
            span(phase).ifPresent(spans::add);
        }
        return spans;
    }

    public Optional<PhaseSpan> span(SchedulePhase phase) {
        List<ScheduledStep> of = steps.values().stream().filter(s -> s.phase() == phase).toList();
        if (of.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = of.stream().map(ScheduledStep::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = of.stream().map(ScheduledStep::end).max(Comparator.naturalOrder()).orElseThrow();
        return Optional.of(new PhaseSpan(phase, start, end));
    }

    /** The day the last step ends: the target, unless adjustments pushed the certificate later. */
    public LocalDate projectedCertificationDate() {
        return steps.values().stream().map(ScheduledStep::end).max(Comparator.naturalOrder()).orElse(target);
    }

    /** Days between the end of the last step a step follows (or the kickoff) and its start. */
    public long slackBefore(String code) {
        ScheduledStep step = requireStep(code);
        LocalDate ready = kickoff;
        for (String before : step.step().follows()) {
            ready = later(ready, steps.get(before).end());
        }
        return ChronoUnit.DAYS.between(ready, step.start());
    }
}
