package jp.isms.scope.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import jp.isms.governance.application.ApprovedVersionEvidence;
import jp.isms.governance.application.DocumentView;
import jp.isms.governance.application.VersionedDocuments;
import jp.isms.organisation.domain.Company;
import jp.isms.report.application.Report;
import jp.isms.scope.domain.ScopeContent;
import jp.isms.workflow.domain.ApprovalRecord;

/** The approved scope version in force goes first into the auditors' evidence pack (clause 4.3). */
@ApplicationScoped
@Transactional
public class ScopeEvidence extends ApprovedVersionEvidence<ScopeContent> {

    public static final String KIND = "SCOPE";

    @Inject
    ScopeDocuments scopes;

    @Override
    public int order() {
        return 10;
    }

    @Override
    protected VersionedDocuments<?, ScopeContent> documents() {
        return scopes;
    }

    @Override
    protected Naming naming() {
        return new Naming(KIND, ScopeReport.DOCUMENT_NO, "scope.title", "scope");
    }

    @Override
    protected Report report(DocumentView<ScopeContent> version, List<ApprovalRecord> decisions, Company company,
            Locale locale) {
        return ScopeReport.report(version, decisions, company, locale);
    }
}
