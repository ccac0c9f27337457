package jp.isms.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.isms.shared.domain.Identified;

/**
 * One mail to one person, written when it is decided on (in the transaction that decides it) and then sent.
 * Its {@code dedupKey} is unique: a reminder, an escalation or a day's digest exists once, on any number of nodes.
 */
@Entity
@Table(name = "notification_mail")
public class NotificationMail extends Identified {

    public static final int MAX_BODY = 8000;

    @Column(name = "dedup_key", nullable = false, unique = true)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailKind kind;

    @Column(name = "task_id")
    private String taskId;

    @Column(name = "recipient_username", nullable = false)
    private String recipientUsername;

    @Column(name = "recipient_email", nullable = false)
    private String recipientEmail;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MailStatus status;

    @Column(name = "digest_id")
    private Long digestId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "error_text")
    private String error;

    protected NotificationMail() {
    }

    public NotificationMail(String dedupKey, MailKind kind, String taskId, String recipientUsername, String recipientEmail,
            String language, String subject, String body, boolean forDigest) {
        this.dedupKey = dedupKey;
        this.kind = kind;
        this.taskId = taskId;
        this.recipientUsername = recipientUsername;
        this.recipientEmail = recipientEmail;
        this.language = language;
        this.subject = subject.length() > 500 ? subject.substring(0, 499) + "…" : subject;
        this.body = body.length() > MAX_BODY ? body.substring(0, MAX_BODY - 1) + "…" : body;
        this.status = forDigest ? MailStatus.WAITING_FOR_DIGEST : MailStatus.PENDING;
        this.createdAt = Instant.now();
    }

    public void bundleInto(long digest) {
        status = MailStatus.BUNDLED;
        digestId = digest;
    }

    public void sent() {
        status = MailStatus.SENT;
        sentAt = Instant.now();
        error = null;
    }

    public void failed(String why) {
        status = MailStatus.FAILED;
        sentAt = Instant.now();
        error = why == null ? "?" : why.length() > 1000 ? why.substring(0, 999) : why;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public MailKind getKind() {
        return kind;
    }

    public String getTaskId() {
        return taskId;
    }

    public String getRecipientUsername() {
        return recipientUsername;
    }

    public String getRecipientEmail() {
        return recipientEmail;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public Long getDigestId() {
        return digestId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getError() {
        return error;
    }
}
