package jp.isms.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user's choice of one digest a day instead of a mail per task. No row: single mails. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference {

    @Id
    private String username;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected NotificationPreference() {
    }

    public NotificationPreference(String username, boolean dailyDigest) {
        this.username = username;
        this.dailyDigest = dailyDigest;
    }

    public void choose(boolean digest) {
        dailyDigest = digest;
    }

    public String getUsername() {
        return username;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }
}
