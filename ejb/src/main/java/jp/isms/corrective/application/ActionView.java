package jp.isms.corrective.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.isms.corrective.domain.ActionState;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformitySource;
import jp.isms.workflow.application.DecisionView;

/**
 * A corrective action as its page, its task form, the API and its report show it: the nonconformity, each step's
 * work with who did it, the history, the decisions with their hashes, and which steps are open now.
 */
public record ActionView(long id, String actionNo, NonconformitySource source, String sourceReference,
        NonconformityGrade grade, String departmentCode, String departmentName, String requirement, String description,
        String raisedBy, LocalDate raisedOn, LocalDate externalDeadline, ActionState state, String correction,
        String correctedBy, List<String> whys, String rootCause, String analysedBy, String plan, String owner,
        LocalDate dueDate, String plannedBy, String planApprovedBy, Instant planApprovedAt, String implementation,
        String implementedBy, Instant implementedAt, String verifiedBy, Instant verifiedAt, String verification,
        LocalDate closedOn, Instant escalatedAt, int reopenCount, long ageDays, boolean overdue, String contentSha256,
        List<HistoryLine> history, List<DecisionView> decisions, List<OpenStep> openSteps)
        implements java.io.Serializable {

    /** A task of the action's process that is open now (the page links to its form). */
    public record OpenStep(String taskKey, String taskId, String assignee) implements java.io.Serializable {
    }

    /** One history line with the actor's name. */
    public record HistoryLine(Instant occurredAt, String actor, String actorName, String event, String note)
            implements java.io.Serializable {
    }
}
