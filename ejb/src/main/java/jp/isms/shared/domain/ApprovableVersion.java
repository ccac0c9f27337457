package jp.isms.shared.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One version of a document that is approved as a whole (the ISMS scope, the security policy):
 * draft → in approval → approved, or back for revision. An approved version is frozen; a change
 * after that is a new version. What the approvers decide on is the SHA-256 of the exact content at
 * submission, and approval refuses content that changed since.
 *
 * <p>Each subclass says what its content is ({@link #canonicalContent()}) and under which message
 * prefix its refusals are worded, so the user reads "the scope is in approval", not a generic text.
 */
@MappedSuperclass
public abstract class ApprovableVersion extends Identified {

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private VersionStatus status = VersionStatus.DRAFT;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_fingerprint")
    private String submittedFingerprint;

    @Column(name = "approved_fingerprint")
    private String approvedFingerprint;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected ApprovableVersion() {
    }

    protected ApprovableVersion(int versionNo) {
        if (versionNo < 1) {
            throw new IllegalArgumentException("Versions count from 1");
        }
        this.versionNo = versionNo;
        this.createdAt = Instant.now();
    }

    /** The content the approvers decide on, in one canonical text form (stable field order, one line each). */
    protected abstract String canonicalContent();

    /** The message-key prefix of this kind of document, e.g. {@code scope}. */
    protected abstract String messagePrefix();

    /** A rule the content must meet before it may be submitted (beyond what every save checks). */
    protected void checkSubmittable() {
    }

    public String fingerprint() {
        return sha256(canonicalContent());
    }

    public void submit(String username) {
        if (!status.editable()) {
            throw IsmsException.conflict(messagePrefix() + ".notSubmittable", "status." + status.name());
        }
        checkSubmittable();
        status = VersionStatus.IN_APPROVAL;
        submittedBy = username;
        submittedFingerprint = fingerprint();
    }

    public void returnForRevision() {
        requireInApproval();
        status = VersionStatus.RETURNED;
    }

    /** Freezes the version; it must be exactly what was submitted. */
    public void approve() {
        requireInApproval();
        String current = fingerprint();
        if (!current.equals(submittedFingerprint)) {
            throw IsmsException.conflict(messagePrefix() + ".changedSinceSubmission");
        }
        status = VersionStatus.APPROVED;
        approvedFingerprint = current;
        approvedAt = Instant.now();
    }

    public void supersede() {
        if (status != VersionStatus.APPROVED) {
            throw IsmsException.conflict(messagePrefix() + ".notApproved");
        }
        status = VersionStatus.SUPERSEDED;
    }

    /** Every change of content goes through here first. */
    protected void requireEditable() {
        if (status == VersionStatus.IN_APPROVAL) {
            throw IsmsException.conflict(messagePrefix() + ".lockedInApproval");
        }
        if (!status.editable()) {
            throw IsmsException.conflict(messagePrefix() + ".frozen");
        }
    }

    /** The version after this approved one; subclasses copy the content into it. */
    protected int nextVersionNo() {
        if (status != VersionStatus.APPROVED) {
            throw IsmsException.conflict(messagePrefix() + ".notApproved");
        }
        return versionNo + 1;
    }

    private void requireInApproval() {
        if (status != VersionStatus.IN_APPROVAL) {
            throw IsmsException.conflict(messagePrefix() + ".notInApproval", "status." + status.name());
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public int getVersionNo() {
        return versionNo;
    }

    public VersionStatus getStatus() {
        return status;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getApprovedFingerprint() {
        return approvedFingerprint;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
