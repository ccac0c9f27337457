package jp.isms.shared.domain;

import java.time.LocalDate;

/**
 * The corrective action of a nonconformity was verified effective and closed (CDI event, fired inside the
 * closing transaction). The context the nonconformity came from observes it, e.g. the certification audit
 * that waits for its minor nonconformities to be corrected.
 */
public record NonconformityClosed(NonconformitySource source, long sourceId, String sourceReference,
        long correctiveActionId, LocalDate closedOn) {
}
