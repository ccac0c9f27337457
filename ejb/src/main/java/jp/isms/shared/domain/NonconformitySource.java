package jp.isms.shared.domain;

/** Where a nonconformity was found; every source leads to the same corrective action (clause 10.2). */
public enum NonconformitySource {
    /** A finding of the company's own internal audit (clause 9.2). */
    INTERNAL_AUDIT,
    /** A finding of the certification body in stage 1, stage 2, a surveillance, renewal or scope-change audit. */
    CERTIFICATION_AUDIT,
    /** An information security incident or any other event the ISMS office records as a nonconformity. */
    INCIDENT
}
