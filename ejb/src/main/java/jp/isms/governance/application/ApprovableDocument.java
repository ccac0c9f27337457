package jp.isms.governance.application;

import java.util.Optional;
import jp.isms.shared.domain.ApprovableVersion;

/**
 * A kind of document that {@code governance-approval} approves. Each is a CDI bean of its own
 * context (the scope, the policy); {@link DocumentApprovals} finds it by {@link #type()}.
 */
public interface ApprovableDocument {

    /** The process's {@code documentType}, e.g. {@code scope}. */
    String type();

    /** Whether the CISO reviews before top management approves. */
    boolean cisoReview();

    ApprovableVersion version(long id);

    /** The version in force now, if any: approving a new one supersedes it. */
    Optional<? extends ApprovableVersion> approvedVersion();

    /** Called in the approving transaction, after the version was frozen. */
    default void approved(ApprovableVersion version) {
    }

    /** The process business key and approval-record key, e.g. {@code SCOPE}. */
    default String subjectKey() {
        return type().toUpperCase(java.util.Locale.ROOT);
    }
}
