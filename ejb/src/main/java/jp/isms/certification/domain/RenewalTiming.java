package jp.isms.certification.domain;

/**
 * Whether a renewal audit was held in time, judged by the day it was held against the certificate's expiry.
 *
 * <p><b>Rule "the audit date decides"</b>: a renewal audit held on or before the expiry date is on time; the new
 * certificate keeps the cycle's anniversary even when the body issues it weeks later (ISO/IEC 17021-1 allows
 * the new expiry to be based on the previous one). A renewal audit held after the expiry date is late: the
 * certificate has lapsed, the cycle ends, and the company needs a new initial certification, stage 1 and
 * stage 2, with a new anniversary.
 */
public enum RenewalTiming {
    ON_TIME,
    LATE;

    public boolean certificateLapsed() {
        return this == LATE;
    }

    /** Whether the next certificate needs stage 1 and stage 2 again rather than a renewal. */
    public boolean requiresInitialCertification() {
        return this == LATE;
    }
}
