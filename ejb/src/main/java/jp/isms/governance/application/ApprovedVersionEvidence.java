package jp.isms.governance.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.report.application.DocumentRef;
import jp.isms.report.application.EvidenceApprovals;
import jp.isms.report.application.EvidenceFile;
import jp.isms.report.application.EvidenceSource;
import jp.isms.report.application.PdfRenderer;
import jp.isms.report.application.Report;
import jp.isms.shared.application.Messages;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;

/**
 * A versioned governance document (the scope, the policy) in the auditors' evidence pack: the approved
 * version in force, with the hash top management approved and the approvals of that version. Each document
 * says what it is and how its report reads.
 *
 * @param <C> the content of a version
 */
public abstract class ApprovedVersionEvidence<C> implements EvidenceSource {

    /** How the pack names one kind of document: its kind, document number, title key and file stem. */
    public record Naming(String kind, String documentNo, String titleKey, String stem) {
    }

    @Inject
    ApprovalLog approvalLog;

    @Inject
    CompanyRepository companies;

    @Inject
    PdfRenderer renderer;

    protected abstract VersionedDocuments<?, C> documents();

    protected abstract Naming naming();

    protected abstract Report report(DocumentView<C> version, List<ApprovalRecord> decisions, Company company,
            Locale locale);

    @Override
    public List<EvidenceFile> files(Locale locale) {
        VersionedDocuments<?, C> documents = documents();
        Naming naming = naming();
        return documents.approvedView().map(version -> {
            List<ApprovalRecord> decisions = approvalLog.forSubject(documents.subjectKey(), documents.subjectKey());
            byte[] pdf = renderer.render(report(version, decisions, companies.current().orElse(null), locale));
            return List.of(new EvidenceFile(new DocumentRef(naming.kind(), naming.documentNo(), version.versionNo(),
                    version.approvedSha256()), Messages.get(locale, naming.titleKey()),
                    EvidenceApprovals.of(decisions, version.versionNo(), locale), naming.stem(), pdf));
        }).orElse(List.of());
    }
}
