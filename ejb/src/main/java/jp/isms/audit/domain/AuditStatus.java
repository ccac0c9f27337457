package jp.isms.audit.domain;

/** Where an audit stands; the plan may change only while DRAFT or RETURNED, results only while APPROVED. */
public enum AuditStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED, REPORTED, REVIEWED;

    public boolean planEditable() {
        return this == DRAFT || this == RETURNED;
    }
}
