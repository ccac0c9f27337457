package jp.isms.scope.domain;

import java.time.Instant;

/**
 * A scope version was approved (CDI event, fired inside the approving transaction). After
 * certification, a new approved scope is what makes a scope-change audit necessary; observers
 * that act on it should observe {@code during = TransactionPhase.AFTER_SUCCESS}.
 */
public record ScopeVersionApproved(long scopeVersionId, int versionNo, Instant approvedAt) {
}
