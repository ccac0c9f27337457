package jp.isms.project.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The stored dates of one schedule step: as planned (adjusted by the office until the baseline), as frozen in the
 * baseline, and as it actually went. Replaced, never changed in place, so the persistence layer always sees a change.
 */
@Embeddable
public class ProjectStep {

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Column(name = "baseline_start")
    private LocalDate baselineStart;

    @Column(name = "baseline_end")
    private LocalDate baselineEnd;

    @Column(name = "actual_start")
    private LocalDate actualStart;

    @Column(name = "actual_end")
    private LocalDate actualEnd;

    protected ProjectStep() {
    }

    private ProjectStep(LocalDate plannedStart, LocalDate plannedEnd, LocalDate baselineStart, LocalDate baselineEnd,
            LocalDate actualStart, LocalDate actualEnd) {
        this.plannedStart = plannedStart;
        this.plannedEnd = plannedEnd;
        this.baselineStart = baselineStart;
        this.baselineEnd = baselineEnd;
        this.actualStart = actualStart;
        this.actualEnd = actualEnd;
    }

    static ProjectStep planned(LocalDate start, LocalDate end) {
        return new ProjectStep(start, end, null, null, null, null);
    }

    /** The planned dates frozen as the baseline. */
    ProjectStep baselined() {
        return new ProjectStep(plannedStart, plannedEnd, plannedStart, plannedEnd, actualStart, actualEnd);
    }

    ProjectStep withActual(LocalDate start, LocalDate end) {
        return new ProjectStep(plannedStart, plannedEnd, baselineStart, baselineEnd, start, end);
    }

    MasterSchedule.Dates plannedDates() {
        return new MasterSchedule.Dates(plannedStart, plannedEnd);
    }

    public LocalDate plannedStart() {
        return plannedStart;
    }

    public LocalDate plannedEnd() {
        return plannedEnd;
    }

    public LocalDate baselineStart() {
        return baselineStart;
    }

    public LocalDate baselineEnd() {
        return baselineEnd;
    }

    public LocalDate actualStart() {
        return actualStart;
    }

    public LocalDate actualEnd() {
        return actualEnd;
    }
}
