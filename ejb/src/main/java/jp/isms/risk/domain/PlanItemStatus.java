package jp.isms.risk.domain;

/** Where a treatment plan item stands; overdue is not a status but an open item past its due date. */
public enum PlanItemStatus {
    OPEN, DONE
}
