package jp.isms.authorisation.application;

import java.time.Instant;
import java.util.List;
import jp.isms.authorisation.domain.AuthorisationStatus;
import jp.isms.workflow.application.DecisionView;

/**
 * A request as screens and the API show it. {@code outdated}: authorised, but a document it attached has
 * since been replaced; each document says what is in force now.
 */
public record AuthorisationView(Long id, String requestNo, AuthorisationStatus status, String requestedBy,
        Instant requestedAt, String requestComment, String decidedBy, Instant decidedAt, String contentSha256,
        boolean outdated, List<Attached> documents, List<DecisionView> decisions) implements java.io.Serializable {

    /** One attached document next to the version of its kind in force now (null when there is none). */
    public record Attached(String kind, String key, int version, String sha256, Integer currentVersion,
            String currentSha256, boolean changed) implements java.io.Serializable {
    }
}
