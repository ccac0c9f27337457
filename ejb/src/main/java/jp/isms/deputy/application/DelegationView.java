package jp.isms.deputy.application;

import java.time.Instant;
import java.time.LocalDate;

/** A delegation as the deputies page and the API show it. */
public record DelegationView(long id, String manager, String managerName, String deputy, String deputyName,
        LocalDate validFrom, LocalDate validTo, String reason, String namedBy, Instant namedAt, String revokedBy,
        Instant revokedAt, boolean active) implements java.io.Serializable {

    public boolean isRevokedNow() {
        return revokedAt != null;
    }
}
