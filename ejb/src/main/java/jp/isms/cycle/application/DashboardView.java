package jp.isms.cycle.application;

import java.time.LocalDate;
import java.util.List;
import jp.isms.shared.application.ReadinessItem;

/**
 * What the CISO sees every morning: the cycle on a timeline, the next audit and whether the company is ready for
 * it, and the overdue tasks per department.
 *
 * @param readinessAvailable whether a readiness check exists (the certification context provides it)
 */
public record DashboardView(List<TimelineItem> timeline, NextAudit nextAudit, boolean readinessAvailable,
        List<ReadinessItem> readiness, List<DepartmentOverdue> overdue, LocalDate today) {

    /** One item of the timeline; {@code end} is set for ranges (a certificate's validity) and null for days. */
    public record TimelineItem(String id, LocalDate start, LocalDate end, String title, String kind, String link,
            boolean done, boolean overdue) {
    }

    /** The next audit not yet passed; {@code plannedDate} is null for a scope-change audit not yet dated. */
    public record NextAudit(String title, LocalDate plannedDate, LocalDate preparationStart, String status,
            int cycleNumber, String certificateNumber, LocalDate certificateExpiry) {
    }

    /** Overdue tasks of one department; {@code code} null for tasks of the ISMS roles without a department. */
    public record DepartmentOverdue(String code, String name, List<OverdueTask> tasks) {

        public int count() {
            return tasks.size();
        }
    }

    public record OverdueTask(String taskId, String name, LocalDate due, String assignee) {
    }
}
