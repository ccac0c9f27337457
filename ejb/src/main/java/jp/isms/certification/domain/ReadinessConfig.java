package jp.isms.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.isms.shared.domain.Identified;

/**
 * What stage 1 requires besides the approved documents. Both on by default; the CISO may switch the internal
 * audit and the management review off for stage 1 to take the memo's fastest path (構築 → 1次審査 → 内部監査 →
 * 2次審査). Stage 2 always requires both.
 */
@Entity
@Table(name = "cert_readiness_config")
public class ReadinessConfig extends Identified {

    @Column(name = "stage1_requires_internal_audit", nullable = false)
    private boolean stage1RequiresInternalAudit = true;

    @Column(name = "stage1_requires_review", nullable = false)
    private boolean stage1RequiresReview = true;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    public void change(boolean internalAudit, boolean review, String by) {
        this.stage1RequiresInternalAudit = internalAudit;
        this.stage1RequiresReview = review;
        this.changedBy = by;
        this.changedAt = Instant.now();
    }

    public boolean isStage1RequiresInternalAudit() {
        return stage1RequiresInternalAudit;
    }

    public boolean isStage1RequiresReview() {
        return stage1RequiresReview;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
