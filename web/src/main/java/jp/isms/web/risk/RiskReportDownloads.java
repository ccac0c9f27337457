package jp.isms.web.risk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.risk.application.RiskDocuments;
import jp.isms.web.faces.Download;
import jp.isms.web.security.CurrentUser;
import org.primefaces.model.StreamedContent;

/** The register's documents as PDF/A downloads: report, residual risk list, treatment plan. */
@Named
@RequestScoped
public class RiskReportDownloads {

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskDocuments documents;

    /** {@code kind} is REPORT, RESIDUAL_RISKS or TREATMENT_PLAN. */
    public StreamedContent pdf(String kind, String businessKey, Integer version) {
        RiskDocuments.Kind which = RiskDocuments.Kind.valueOf(kind);
        return Download.of(documents.pdf(currentUser.actor(), which, businessKey, version), Download.PDF,
                RiskDocuments.fileName(which, businessKey, version));
    }
}
