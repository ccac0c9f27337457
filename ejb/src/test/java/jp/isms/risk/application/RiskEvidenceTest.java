package jp.isms.risk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.isms.organisation.domain.Company;
import jp.isms.report.application.EvidenceFile;
import jp.isms.report.infrastructure.PdfaCheck;
import jp.isms.report.infrastructure.PdfaRenderer;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskChange;
import jp.isms.risk.domain.RiskMethod;
import jp.isms.risk.domain.Treatment;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import jp.isms.workflow.domain.FixedApprovalLog;
import org.junit.jupiter.api.Test;

/** The approved assessment's three documents as the evidence pack takes them: order, kinds, hashes, approvers. */
class RiskEvidenceTest {

    private final RiskAssessment assessment = new RiskAssessment(new Company("株式会社サンプル", null), "RA-2026-01",
            "2026年度 リスクアセスメント");
    private final RiskEvidence evidence = new RiskEvidence();
    private RiskAssessment approved;

    RiskEvidenceTest() {
        assessment.addRisk(null, new RiskChange("顧客管理システム", "不正アクセス", "多要素認証が未導入", 4, 5, Treatment.REDUCE,
                "多要素認証の導入", 2, 4), RiskMethod.MATRIX);
        assessment.submit("office");
        ApprovalRecord.Subject subject = new ApprovalRecord.Subject("RISK_ASSESSMENT", "RA-2026-01", 1,
                assessment.residualRiskFingerprint());
        List<ApprovalRecord> log = List.of(
                new ApprovalRecord(subject, "p", "submission", Decision.SUBMIT, "office", "鈴木 一郎", "isms-office", null),
                new ApprovalRecord(subject, "p", "Task_ReviewByCiso", Decision.APPROVE, "ciso", "佐藤 花子", "ciso", null));
        assessment.approve();
        ApprovalLog approvals = new FixedApprovalLog(log);
        evidence.documents = new RiskDocuments() {
            @Override
            Optional<RiskAssessment> approvedCurrent() {
                return Optional.ofNullable(approved);
            }
        };
        evidence.documents.approvalLog = approvals;
        evidence.approvalLog = approvals;
        evidence.renderer = new PdfaRenderer();
    }

    @Test
    void reportPlanAndResidualRisksGoInThatOrderWithTheHashesTheSystemKnowsThemBy() throws Exception {
        approved = assessment;

        List<EvidenceFile> files = evidence.files(Locale.JAPANESE);

        assertThat(files).extracting(f -> f.ref().kind()).containsExactly("RISK_ASSESSMENT_REPORT", "RISK_TREATMENT_PLAN",
                "RESIDUAL_RISKS");
        assertThat(files).extracting(EvidenceFile::fileName).containsExactly("risk-assessment-report", "risk-treatment-plan",
                "residual-risks");
        assertThat(files).allSatisfy(f -> {
            assertThat(f.ref().key()).isEqualTo("RA-2026-01");
            assertThat(f.ref().version()).isEqualTo(1);
            assertThat(f.approvals()).startsWith("佐藤 花子 (情報セキュリティ責任者").doesNotContain("鈴木 一郎");
        });
        assertThat(files.get(0).ref().sha256()).isEqualTo(assessment.getApprovedFingerprint());
        assertThat(files.get(1).ref().sha256()).isEqualTo(RiskDocuments.treatmentPlanSha256(assessment));
        assertThat(files.get(2).ref().sha256()).isEqualTo(assessment.getApprovedFingerprint());
        assertThat(PdfaCheck.pdfa2bFailures(files.get(2).pdf())).isEmpty();
        assertThat(PdfaCheck.text(files.get(2).pdf()).replaceAll("\\s", "")).contains("残留リスク一覧",
                assessment.getApprovedFingerprint());
    }

    @Test
    void noApprovedAssessmentMeansNoRiskDocuments() {
        approved = null;
        assertThat(evidence.files(Locale.JAPANESE)).isEmpty();
    }
}
