package jp.isms.project.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One phase measured against the baseline on a reporting date: how many of its steps were planned to be finished
 * by then (planned end before the date), how many are actually finished, and which are late.
 */
public record PhaseProgress(SchedulePhase phase, LocalDate plannedStart, LocalDate plannedEnd, int steps,
        int plannedComplete, int actualComplete, List<LateItem> late) {

    public PhaseProgress {
        late = List.copyOf(late);
    }

    public int plannedPercent() {
        return steps == 0 ? 0 : plannedComplete * 100 / steps;
    }

    public int actualPercent() {
        return steps == 0 ? 0 : actualComplete * 100 / steps;
    }

    public boolean isBehind() {
        return !late.isEmpty();
    }
}
