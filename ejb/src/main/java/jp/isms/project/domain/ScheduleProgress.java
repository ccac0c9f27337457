package jp.isms.project.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The baseline against reality on a reporting date: per phase, in the phases' order, and every late item. */
public record ScheduleProgress(LocalDate asOf, List<PhaseProgress> phases, List<LateItem> late) {

    public ScheduleProgress {
        phases = List.copyOf(phases);
        late = List.copyOf(late);
    }

    public Optional<PhaseProgress> phase(SchedulePhase phase) {
        return phases.stream().filter(p -> p.phase() == phase).findFirst();
    }
}
