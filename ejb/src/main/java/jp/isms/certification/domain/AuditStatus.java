package jp.isms.certification.domain;

/** Where one audit stands. RECOMMENDED is "audit passed — not yet certified"; only a certificate certifies. */
public enum AuditStatus {
    /** Applied; for the initial audit stage 1 is next. */
    APPLIED,
    /** The initial application was refused because the company was not ready. */
    REFUSED,
    STAGE1_DONE,
    /** Stage 2 (or the surveillance / renewal audit) is scheduled. */
    STAGE2_SCHEDULED,
    /** Recommended once the minor nonconformities are corrected and reported to the body. */
    AWAITING_CORRECTIONS,
    RECOMMENDED,
    NOT_RECOMMENDED,
    /** The certificate the audit led to is recorded. */
    CERTIFICATE_ISSUED;

    public String messageKey() {
        return "certification.auditStatus." + name();
    }
}
