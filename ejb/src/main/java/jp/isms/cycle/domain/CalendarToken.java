package jp.isms.cycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.Sha256;

/**
 * The secret in a user's iCalendar URL. Calendar clients cannot log in, so the URL itself is the credential:
 * 32 random bytes, of which only the SHA-256 is stored (a database dump does not open anyone's calendar).
 * Revoking keeps the row so that the history shows when a URL stopped working.
 */
@Entity
@Table(name = "calendar_token")
public class CalendarToken extends Identified {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected CalendarToken() {
        // for JPA
    }

    private CalendarToken(String username, String tokenHash, Instant createdAt) {
        this.username = username;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** A new token for the user; the plain secret exists only in the returned pair, shown once. */
    public static Issued issue(String username, Instant now) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String plain = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(new CalendarToken(username, hash(plain), now), plain);
    }

    public static String hash(String plainToken) {
        return Sha256.hex(plainToken == null ? "" : plainToken);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public String getUsername() {
        return username;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    /** A freshly issued token and its plain secret. */
    public record Issued(CalendarToken token, String plain) {
    }
}
