package jp.isms.review.domain;

/** Where a management review stands. */
public enum ReviewStatus {
    /** Scheduled; the office compiles and edits the draft and records the meeting. */
    SCHEDULED,
    /** Minutes submitted; nobody may change them while top management reads them. */
    SUBMITTED,
    /** Returned by top management with a comment; editable, then submitted again. */
    RETURNED,
    /** Signed by top management; frozen for good. */
    SIGNED;

    public boolean editable() {
        return this == SCHEDULED || this == RETURNED;
    }
}
