package jp.isms.project.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.isms.project.domain.ProjectRole;
import jp.isms.project.domain.ProjectStatus;
import jp.isms.project.domain.SchedulePhase;
import jp.isms.workflow.domain.Decision;

/**
 * A certification project as the project page and the API show it: the outline, the team, the schedule step by
 * step (planned, baseline, actual), progress per phase against the baseline on {@code asOf}, and every decision.
 * Names are in the reader's language.
 */
public record ProjectDetails(Long id, String key, String name, LocalDate kickoff, LocalDate targetCertificationDate,
        LocalDate projectedCertificationDate, int compressionPercent, String scopeOutline,
        List<String> certificationBodies, List<Member> team, ProjectStatus status, int revision, long lockVersion,
        Instant approvedAt, String approvedSha256, boolean approvalRunning, boolean baselined, LocalDate asOf,
        List<StepRow> steps, List<PhaseRow> phases, int lateCount, List<DecisionView> decisions)
        implements Serializable {

    /** A team member with the name the organisation knows them by. */
    public record Member(String username, String displayName, ProjectRole role, String roleName)
            implements Serializable {
    }

    /** One step of the master schedule. {@code late}: planned to be finished before {@code asOf} and not finished. */
    public record StepRow(String code, SchedulePhase phase, String name, List<String> deliverables, boolean milestone,
            LocalDate plannedStart, LocalDate plannedEnd, LocalDate baselineStart, LocalDate baselineEnd,
            LocalDate actualStart, LocalDate actualEnd, boolean late, long daysLate) implements Serializable {

        public boolean isDone() {
            return actualEnd != null;
        }
    }

    /** One phase: its span, and (once baselined) planned against actual completion. */
    public record PhaseRow(SchedulePhase phase, String name, LocalDate start, LocalDate end, int steps,
            int plannedComplete, int actualComplete, int plannedPercent, int actualPercent, int lateCount)
            implements Serializable {
    }

    /** One entry of the approval history; {@code version} is the revision decided on. */
    public record DecisionView(int version, String step, Decision decision, String actorUsername,
            String actorDisplayName, String actorRole, String onBehalfOf, Instant decidedAt, String comment,
            String contentSha256, String processInstanceId) implements Serializable {
    }

    public boolean editable() {
        return status.editable();
    }
}
