package jp.isms.improvement.domain;

/** Where an improvement item stands. */
public enum ImprovementStatus {
    /** Communicated; waiting until every person concerned has acknowledged it. */
    COMMUNICATED,
    /** Everyone concerned acknowledged; work may start. */
    AGREED,
    /** Progress recorded. */
    IN_PROGRESS,
    /** Done, with its result. */
    ACHIEVED
}
