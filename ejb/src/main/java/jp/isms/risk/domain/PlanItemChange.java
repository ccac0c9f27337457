package jp.isms.risk.domain;

import java.time.LocalDate;

/** What may be set on a treatment plan item: the action, who does it, by when, and whether it is done. */
public record PlanItemChange(String action, String ownerUsername, LocalDate dueDate, PlanItemStatus status) {
}
