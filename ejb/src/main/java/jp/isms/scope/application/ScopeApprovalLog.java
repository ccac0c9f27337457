package jp.isms.scope.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Logger;
import jp.isms.scope.domain.ScopeVersionApproved;

/**
 * Notes every scope approval in the server log once it has committed. Until the certification cycle
 * observes {@link ScopeVersionApproved} to plan a scope-change audit, this is where an operator sees it.
 */
@ApplicationScoped
public class ScopeApprovalLog {

    private static final Logger LOG = Logger.getLogger(ScopeApprovalLog.class.getName());

    void approved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ScopeVersionApproved event) {
        LOG.info(() -> "ISMS scope version " + event.versionNo() + " (id " + event.scopeVersionId() + ") approved at "
                + event.approvedAt());
    }
}
