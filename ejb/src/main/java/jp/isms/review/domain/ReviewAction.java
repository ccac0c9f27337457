package jp.isms.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * An output action decided at the review (clause 9.3.3), with its owner and due date. Its text is part of the
 * signed minutes; its status is not: the owner completes it later, and the next review reports on it.
 */
@Entity
@Table(name = "review_action")
public class ReviewAction extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private ManagementReview review;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "action_key", nullable = false)
    private String actionKey;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ReviewAction() {
    }

    ReviewAction(ManagementReview review, int lineNo, String description, String owner, LocalDate dueDate) {
        this.review = review;
        this.lineNo = lineNo;
        this.actionKey = review.getReviewNo() + "-A" + lineNo;
        this.status = ActionStatus.OPEN;
        revise(description, owner, dueDate);
    }

    /** The office corrects the line before the minutes are submitted (the review checks that). */
    void revise(String newDescription, String newOwner, LocalDate newDueDate) {
        if (newDescription == null || newDescription.isBlank() || newOwner == null || newOwner.isBlank()
                || newDueDate == null) {
            throw IsmsException.invalid("review.action.incomplete");
        }
        this.description = newDescription.strip();
        this.owner = newOwner.strip();
        this.dueDate = newDueDate;
    }

    /** The owner completed the task: only once the minutes are signed, and only once. */
    public void complete(String username) {
        if (review.getStatus() != ReviewStatus.SIGNED) {
            throw IsmsException.conflict("review.action.notSigned");
        }
        if (status == ActionStatus.DONE) {
            throw IsmsException.conflict("review.action.alreadyDone");
        }
        status = ActionStatus.DONE;
        doneBy = username;
        doneAt = Instant.now();
    }

    public boolean overdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }

    public ManagementReview getReview() {
        return review;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getActionKey() {
        return actionKey;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
