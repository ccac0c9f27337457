package jp.isms.project.domain;

import java.time.LocalDate;

/** A step whose planned end lies before the reporting date and that has not been completed. */
public record LateItem(TemplateStep step, LocalDate plannedEnd, long daysLate) {

    public String code() {
        return step.code();
    }

    public SchedulePhase phase() {
        return step.phase();
    }
}
