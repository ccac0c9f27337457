package jp.isms.workflow.application;

/** How many tasks are in each state of the user's inbox. */
public record InboxCounts(long all, long mine, long unclaimed, long overdue) implements java.io.Serializable {
}
