package jp.isms.soa.domain;

/** Where a version of the Statement of Applicability stands; the names match the other approved documents'. */
public enum SoaStatus {
    /** Being worked on; editable. */
    DRAFT,
    /** Submitted; nobody may change it while the CISO and top management look at it. */
    IN_APPROVAL,
    /** Sent back with a comment; editable, then submitted again. */
    RETURNED,
    /** Approved by top management; frozen for good. */
    APPROVED,
    /** An approved version a newer approved version replaced; still frozen. */
    SUPERSEDED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public boolean frozen() {
        return this == APPROVED || this == SUPERSEDED;
    }
}
