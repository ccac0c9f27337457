package jp.isms.governance.domain;

/** How far an objective has come. Only open objectives can be overdue. */
public enum ObjectiveStatus {
    PLANNED, IN_PROGRESS, ACHIEVED, NOT_ACHIEVED;

    public boolean open() {
        return this == PLANNED || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "objective.status." + name();
    }
}
