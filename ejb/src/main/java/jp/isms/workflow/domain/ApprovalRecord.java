package jp.isms.workflow.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jp.isms.shared.domain.Identified;
import java.time.Instant;

/**
 * One decision, written in the same transaction as the task completion it belongs to, and never
 * changed afterwards (no setters; the table has no update path in the application).
 */
@Entity
@Table(name = "approval_record")
public class ApprovalRecord extends Identified {

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_key", nullable = false)
    private String subjectKey;

    @Column(name = "subject_version", nullable = false)
    private int subjectVersion;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(nullable = false)
    private String step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision decision;

    @Column(name = "actor_username", nullable = false)
    private String actorUsername;

    @Column(name = "actor_display_name", nullable = false)
    private String actorDisplayName;

    @Column(name = "actor_role", nullable = false)
    private String actorRole;

    @Column(name = "on_behalf_of")
    private String onBehalfOf;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "comment_text", length = 4000)
    private String comment;

    @Column(name = "content_sha256", nullable = false)
    private String contentSha256;

    protected ApprovalRecord() {
    }

    public ApprovalRecord(Subject subject, String processInstanceId, String step, Decision decision, String actorUsername,
            String actorDisplayName, String actorRole, String comment) {
        this(subject, processInstanceId, step, decision, actorUsername, actorDisplayName, actorRole, comment, null);
    }

    /** A decision taken by a deputy: {@code actorUsername} decided on behalf of {@code onBehalfOf} (代理承認). */
    public ApprovalRecord(Subject subject, String processInstanceId, String step, Decision decision, String actorUsername,
            String actorDisplayName, String actorRole, String comment, String onBehalfOf) {
        this.subjectType = subject.type();
        this.subjectKey = subject.key();
        this.subjectVersion = subject.version();
        this.contentSha256 = subject.contentSha256();
        this.processInstanceId = processInstanceId;
        this.step = step;
        this.decision = decision;
        this.actorUsername = actorUsername;
        this.actorDisplayName = actorDisplayName;
        this.actorRole = actorRole;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
        this.onBehalfOf = onBehalfOf;
        this.decidedAt = Instant.now();
    }

    /** What was decided on: a versioned thing and the hash of its exact content at that moment. */
    public record Subject(String type, String key, int version, String contentSha256) {
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public int getSubjectVersion() {
        return subjectVersion;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getStep() {
        return step;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getActorUsername() {
        return actorUsername;
    }

    public String getActorDisplayName() {
        return actorDisplayName;
    }

    public String getActorRole() {
        return actorRole;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getComment() {
        return comment;
    }

    public String getContentSha256() {
        return contentSha256;
    }
}
