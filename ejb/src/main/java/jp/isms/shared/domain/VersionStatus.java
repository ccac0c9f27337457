package jp.isms.shared.domain;

/** Where one version of an approvable document stands. The names match the bundle's {@code status.*} keys. */
public enum VersionStatus {
    /** Being written; editable. */
    DRAFT,
    /** Submitted; nobody may change it while the approvers look at it. */
    IN_APPROVAL,
    /** Sent back by an approver; editable, then resubmitted. */
    RETURNED,
    /** Approved; frozen for good. */
    APPROVED,
    /** An approved version that a newer approved version replaced; still frozen and kept. */
    SUPERSEDED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean frozen() {
        return this == APPROVED || this == SUPERSEDED;
    }
}
