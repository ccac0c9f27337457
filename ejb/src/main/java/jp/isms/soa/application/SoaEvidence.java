package jp.isms.soa.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import jp.isms.report.application.DocumentRef;
import jp.isms.report.application.EvidenceApprovals;
import jp.isms.report.application.EvidenceFile;
import jp.isms.report.application.EvidenceSource;
import jp.isms.report.application.PdfRenderer;
import jp.isms.shared.application.Messages;
import jp.isms.soa.domain.SoaRepository;
import jp.isms.soa.domain.StatementOfApplicability;
import jp.isms.workflow.domain.ApprovalLog;

/** The approved Statement of Applicability (6.1.3 d) in the auditors' evidence pack, with its approved hash. */
@ApplicationScoped
@Transactional
public class SoaEvidence implements EvidenceSource {

    @Inject
    SoaRepository statements;

    @Inject
    SoaDocuments documents;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    PdfRenderer renderer;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<EvidenceFile> files(Locale locale) {
        return statements.approved().map(soa -> List.of(new EvidenceFile(
                new DocumentRef(SoaDocuments.KIND, StatementOfApplicability.DOCUMENT_NO, soa.getVersion(),
                        soa.getApprovedFingerprint()),
                Messages.get(locale, "soa.title"),
                EvidenceApprovals.of(approvalLog.forSubject(SoaApprovalSteps.SUBJECT_TYPE,
                        StatementOfApplicability.DOCUMENT_NO), soa.getVersion(), locale),
                "soa", renderer.render(documents.report(soa, locale))))).orElse(List.of());
    }
}
