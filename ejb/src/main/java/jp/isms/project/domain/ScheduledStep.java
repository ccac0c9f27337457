package jp.isms.project.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A template step placed on the calendar. {@link #start()} is the first day of the work; {@link #end()} is the day
 * it is due to be finished, on which a step that follows it may start ({@code end = start + duration}). A milestone
 * starts and ends on the same day. Only its {@link MasterSchedule} moves it.
 */
public final class ScheduledStep {

    private final TemplateStep step;
    private LocalDate start;
    private LocalDate end;

    ScheduledStep(TemplateStep step, LocalDate start, LocalDate end) {
        this.step = step;
        place(start, end);
    }

    void place(LocalDate newStart, LocalDate newEnd) {
        if (newEnd.isBefore(newStart)) {
            throw new IllegalArgumentException(step.code() + " would end before it starts");
        }
        this.start = newStart;
        this.end = newEnd;
    }

    public TemplateStep step() {
        return step;
    }

    public String code() {
        return step.code();
    }

    public SchedulePhase phase() {
        return step.phase();
    }

    public LocalDate start() {
        return start;
    }

    public LocalDate end() {
        return end;
    }

    public long durationDays() {
        return ChronoUnit.DAYS.between(start, end);
    }

    public boolean isMilestone() {
        return start.equals(end);
    }

    @Override
    public String toString() {
        return step.code() + " " + start + ".." + end;
    }
}
