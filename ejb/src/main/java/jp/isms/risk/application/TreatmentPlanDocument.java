package jp.isms.risk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import jp.isms.report.application.ApprovedDocuments;
import jp.isms.report.application.DocumentRef;

/** The risk treatment plan of the approved assessment, as the authorisation of the ISMS attaches it. */
@ApplicationScoped
@Transactional
public class TreatmentPlanDocument implements ApprovedDocuments {

    public static final String KIND = "RISK_TREATMENT_PLAN";

    @Inject
    RiskDocuments documents;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<DocumentRef> current() {
        return documents.approvedCurrent().map(a -> new DocumentRef(KIND, a.getBusinessKey(), a.getVersion(),
                RiskDocuments.treatmentPlanSha256(a)));
    }
}
