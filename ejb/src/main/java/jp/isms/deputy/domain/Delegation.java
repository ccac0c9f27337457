package jp.isms.deputy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * A manager's deputy for a period, both days included. Never deleted: a revocation is recorded on it, so the
 * delegation stays evidence of who could decide on whose behalf, and when.
 */
@Entity
@Table(name = "deputy_delegation")
public class Delegation extends Identified {

    /** A delegation longer than this is a role assignment, not a deputy: that is the administrator's work. */
    public static final int MAX_DAYS = 366;

    @Column(name = "manager_username", nullable = false)
    private String manager;

    @Column(name = "deputy_username", nullable = false)
    private String deputy;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    private String reason;

    @Column(name = "named_by", nullable = false)
    private String namedBy;

    @Column(name = "named_at", nullable = false)
    private Instant namedAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Delegation() {
    }

    public Delegation(String manager, String deputy, LocalDate validFrom, LocalDate validTo, String reason,
            String namedBy, LocalDate today) {
        if (deputy == null || deputy.isBlank()) {
            throw IsmsException.invalid("deputy.deputyRequired");
        }
        if (deputy.equals(manager)) {
            throw IsmsException.invalid("deputy.notYourself");
        }
        if (validFrom == null || validTo == null) {
            throw IsmsException.invalid("deputy.periodRequired");
        }
        if (validTo.isBefore(validFrom)) {
            throw IsmsException.invalid("deputy.periodReversed");
        }
        if (validTo.isBefore(today)) {
            throw IsmsException.invalid("deputy.periodPast");
        }
        if (validFrom.plusDays(MAX_DAYS).isBefore(validTo)) {
            throw IsmsException.invalid("deputy.periodTooLong", MAX_DAYS);
        }
        if (reason != null && reason.length() > 500) {
            throw IsmsException.invalid("deputy.reasonTooLong", 500);
        }
        this.manager = manager;
        this.deputy = deputy;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.reason = reason == null || reason.isBlank() ? null : reason.trim();
        this.namedBy = namedBy;
        this.namedAt = Instant.now();
    }

    /** True on the days of the period unless revoked. */
    public boolean activeOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public void revoke(String by) {
        if (revokedAt != null) {
            throw IsmsException.conflict("deputy.alreadyRevoked");
        }
        revokedBy = by;
        revokedAt = Instant.now();
    }

    public String getManager() {
        return manager;
    }

    public String getDeputy() {
        return deputy;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getReason() {
        return reason;
    }

    public String getNamedBy() {
        return namedBy;
    }

    public Instant getNamedAt() {
        return namedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
