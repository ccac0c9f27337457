package jp.isms.review.domain;

/** An output action of a review: open until its owner completes the task, then done. */
public enum ActionStatus {
    OPEN, DONE
}
