package jp.isms.project.domain;

/** Where a certification project stands on its way to top management's commitment. Names: {@code project.status.<NAME>}. */
public enum ProjectStatus {
    /** Being prepared by the ISMS office; the schedule may be adjusted. */
    DRAFT,
    /** Submitted to top management; nobody may change it while it is being decided on. */
    IN_APPROVAL,
    /** Returned by top management with a comment; the office revises and resubmits. */
    RETURNED,
    /** Top management committed to it: the schedule is the frozen baseline, progress is recorded against it. */
    APPROVED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "project.status." + name();
    }
}
