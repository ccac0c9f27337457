package jp.isms.project.domain;

/** Where a master schedule stands: the office may adjust a proposal; a baseline is frozen. */
public enum ScheduleStatus {
    /** Proposed by the system, being adjusted by the ISMS office. */
    PROPOSED,
    /** Committed to by top management; progress is measured against it and it no longer changes. */
    BASELINED
}
