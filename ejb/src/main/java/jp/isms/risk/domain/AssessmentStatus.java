package jp.isms.risk.domain;

/** Where an assessment version stands on its way to approval. */
public enum AssessmentStatus {
    /** Being worked on; editable. */
    DRAFT,
    /** Submitted; nobody may change it while the approvers look at it. */
    IN_APPROVAL,
    /** Sent back by the CISO or top management; editable, then resubmitted. */
    RETURNED,
    /** Residual risks accepted by top management; frozen for good. */
    APPROVED,
    /** An approved version that a newer approved version has replaced; still frozen. */
    SUPERSEDED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean frozen() {
        return this == APPROVED || this == SUPERSEDED;
    }
}
