package jp.isms.workflow.application;

/** Which of the user's tasks the inbox shows. */
public enum InboxFilter {
    /** Assigned to the user, and unassigned tasks of the user's groups. */
    ALL,
    /** Assigned to the user. */
    MINE,
    /** Unassigned tasks of the user's groups, waiting to be claimed. */
    UNCLAIMED
}
