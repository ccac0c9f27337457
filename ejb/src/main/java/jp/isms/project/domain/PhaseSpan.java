package jp.isms.project.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A phase of the schedule on the calendar: from the first start to the last end of its steps. */
public record PhaseSpan(SchedulePhase phase, LocalDate start, LocalDate end) {

    public long days() {
        return ChronoUnit.DAYS.between(start, end);
    }
}
