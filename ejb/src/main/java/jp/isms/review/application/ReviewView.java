package jp.isms.review.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.isms.review.domain.ActionStatus;
import jp.isms.review.domain.ReviewStatus;
import jp.isms.workflow.application.DecisionView;

/**
 * A management review as screens, the API and the PDF show it. {@code intact}: for signed minutes, whether the
 * stored content still gives the recorded SHA-256.
 */
public record ReviewView(Long id, String reviewNo, ReviewStatus status, LocalDate scheduledDate, String place,
        LocalDate periodFrom, LocalDate periodTo, LocalDate meetingDate, String decisions, String submittedBy,
        Instant submittedAt, String signedBy, Instant signedAt, String signedSha256, boolean intact,
        String returnComment, long version, List<Input> inputs, List<Person> attendees, List<Action> actions,
        List<DecisionView> history) implements Serializable {

    public boolean isEditable() {
        return status.editable();
    }

    /** One input (9.3.2) with its compiled or edited draft and the discussion; {@code draftText} null: none yet. */
    public record Input(ReviewInput input, String draftText, String discussion) implements Serializable {
    }

    public record Person(String name, String role) implements Serializable {
    }

    public record Action(String key, String description, String owner, LocalDate dueDate, ActionStatus status,
            String doneBy, Instant doneAt, boolean overdue) implements Serializable {
    }
}
