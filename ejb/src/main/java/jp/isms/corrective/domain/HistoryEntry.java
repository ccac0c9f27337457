package jp.isms.corrective.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One line of an action's history: who did what when, and what they wrote. Never changed once written. */
@Embeddable
public class HistoryEntry {

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "event", nullable = false, length = 40)
    private String event;

    @Column(name = "note", length = 4000)
    private String note;

    protected HistoryEntry() {
    }

    HistoryEntry(Instant occurredAt, String actor, String event, String note) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.event = event;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    /** What happened, e.g. {@code RAISED}, {@code PLAN_RETURNED}; the bundle key is {@code corrective.event.<event>}. */
    public String getEvent() {
        return event;
    }

    public String getNote() {
        return note;
    }
}
