package jp.isms.improvement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A person concerned by an item and when they acknowledged it (null: not yet). */
@Embeddable
public class Acknowledgement {

    @Column(nullable = false)
    private String username;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    protected Acknowledgement() {
    }

    Acknowledgement(String username, Instant acknowledgedAt) {
        this.username = username;
        this.acknowledgedAt = acknowledgedAt;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
