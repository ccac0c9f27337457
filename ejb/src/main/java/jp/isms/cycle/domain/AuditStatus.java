package jp.isms.cycle.domain;

/** Where one audit of the cycle stands. */
public enum AuditStatus {
    /** On the calendar; preparation has not started. */
    PLANNED,
    /** Preparation started (the office's task is open) or the audit is under way. */
    PREPARING,
    /** The body recommended (continued) certification. */
    RECOMMENDED,
    /** The body did not recommend; a re-audit is arranged. */
    NOT_RECOMMENDED;

    public boolean isDone() {
        return this == RECOMMENDED;
    }

    public String messageKey() {
        return "cycle.status." + name();
    }
}
