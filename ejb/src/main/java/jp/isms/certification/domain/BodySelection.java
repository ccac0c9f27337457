package jp.isms.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.Texts;

/**
 * The ISMS office's choice of certification body, with its reason, on its way through the CISO and top
 * management. Only an approved selection lets the company apply for an audit.
 */
@Entity
@Table(name = "cert_selection")
public class BodySelection extends Identified {

    public enum Status {
        SUBMITTED, APPROVED, RETURNED
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "body_id")
    private CertificationBody body;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "process_instance")
    private String processInstance;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected BodySelection() {
    }

    public BodySelection(CertificationBody body, String reason, String submittedBy) {
        if (!body.isQuoted()) {
            throw IsmsException.invalid("certification.selection.notQuoted", body.getName());
        }
        this.body = body;
        this.reason = Texts.required(reason, "certification.selection.reason", 4000);
        this.submittedBy = submittedBy;
        this.submittedAt = Instant.now();
        this.status = Status.SUBMITTED;
    }

    public void startedAs(String processInstanceId) {
        this.processInstance = processInstanceId;
    }

    public void approve() {
        requireSubmitted();
        status = Status.APPROVED;
        decidedAt = Instant.now();
    }

    public void returnForRevision() {
        requireSubmitted();
        status = Status.RETURNED;
        decidedAt = Instant.now();
    }

    private void requireSubmitted() {
        if (status != Status.SUBMITTED) {
            throw IsmsException.conflict("certification.selection.notSubmitted");
        }
    }

    /** What the approvers decide on: the body, its quote and the reason, as a stable text for the hash. */
    public String fingerprintText() {
        CertificationBody.Quote q = body.currentQuote();
        return String.join("\n", body.getName(), String.valueOf(q.manDays()), String.valueOf(q.dayRateYen()),
                String.valueOf(body.totalYen()), String.valueOf(q.supports27017()), reason);
    }

    public CertificationBody getBody() {
        return body;
    }

    public String getReason() {
        return reason;
    }

    public Status getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getProcessInstance() {
        return processInstance;
    }
}
