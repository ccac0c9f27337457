package jp.isms.risk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import jp.isms.report.application.ApprovedDocuments;
import jp.isms.report.application.DocumentRef;

/**
 * The residual risk list top management accepted, as the authorisation of the ISMS attaches it; its hash is
 * the one the acceptance recorded.
 */
@ApplicationScoped
@Transactional
public class ResidualRiskDocument implements ApprovedDocuments {

    public static final String KIND = "RESIDUAL_RISKS";

    @Inject
    RiskDocuments documents;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<DocumentRef> current() {
        return documents.approvedCurrent().map(a -> new DocumentRef(KIND, a.getBusinessKey(), a.getVersion(),
                a.getApprovedFingerprint()));
    }
}
