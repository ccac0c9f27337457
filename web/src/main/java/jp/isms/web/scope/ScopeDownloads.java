package jp.isms.web.scope;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.isms.scope.application.ScopeReport;
import jp.isms.web.faces.Download;
import jp.isms.web.security.CurrentUser;
import org.primefaces.model.StreamedContent;

/** The scope document of one version as a PDF/A download. */
@Named
@RequestScoped
public class ScopeDownloads {

    @Inject
    CurrentUser currentUser;

    @Inject
    ScopeReport report;

    public StreamedContent pdf(long versionId, int versionNo) {
        return Download.of(report.pdf(currentUser.actor(), versionId), Download.PDF, ScopeReport.fileName(versionNo));
    }
}
