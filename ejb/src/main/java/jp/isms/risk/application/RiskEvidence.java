package jp.isms.risk.application;

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
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.shared.application.Messages;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;

/**
 * The approved version of the current risk assessment in the auditors' evidence pack: its report (6.1.2,
 * 8.2), its treatment plan (6.1.3, 8.3) and the residual risks top management accepted. Each carries the
 * hash the system knows it by: the approved content for the report and the residual risks (what the
 * approvers decided on), the plan's own canonical hash for the plan (as the authorisation attaches it).
 */
@ApplicationScoped
@Transactional
public class RiskEvidence implements EvidenceSource {

    public static final String REPORT_KIND = "RISK_ASSESSMENT_REPORT";

    @Inject
    RiskDocuments documents;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    PdfRenderer renderer;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<EvidenceFile> files(Locale locale) {
        return documents.approvedCurrent().map(a -> {
            List<ApprovalRecord> decisions = approvalLog.forSubject(RiskAssessmentApprovalSteps.SUBJECT_TYPE,
                    a.getBusinessKey());
            String approvals = EvidenceApprovals.of(decisions, a.getVersion(), locale);
            return List.of(file(a, RiskDocuments.Kind.REPORT, REPORT_KIND, a.getApprovedFingerprint(),
                    "risk-assessment-report", approvals, locale),
                    file(a, RiskDocuments.Kind.TREATMENT_PLAN, TreatmentPlanDocument.KIND,
                            RiskDocuments.treatmentPlanSha256(a), "risk-treatment-plan", approvals, locale),
                    file(a, RiskDocuments.Kind.RESIDUAL_RISKS, ResidualRiskDocument.KIND, a.getApprovedFingerprint(),
                            "residual-risks", approvals, locale));
        }).orElse(List.of());
    }

    private EvidenceFile file(RiskAssessment a, RiskDocuments.Kind kind, String evidenceKind, String sha256, String stem,
            String approvals, Locale locale) {
        return new EvidenceFile(new DocumentRef(evidenceKind, a.getBusinessKey(), a.getVersion(), sha256),
                Messages.get(locale, kind.titleKey), approvals, stem,
                renderer.render(documents.report(kind, a, locale)));
    }
}
