package jp.isms.risk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import jp.isms.organisation.domain.Company;
import jp.isms.report.infrastructure.PdfaCheck;
import jp.isms.report.infrastructure.PdfaRenderer;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskChange;
import jp.isms.risk.domain.RiskMethod;
import jp.isms.risk.domain.Treatment;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import jp.isms.workflow.domain.FixedApprovalLog;
import org.junit.jupiter.api.Test;

/** The assessment report, residual risk list and treatment plan: PDF/A-2b, with what each must show. */
class RiskDocumentsTest {

    private final RiskDocuments documents = new RiskDocuments();
    private final RiskAssessment assessment = new RiskAssessment(new Company("株式会社サンプル", null), "RA-2026-01",
            "2026年度 リスクアセスメント");

    RiskDocumentsTest() {
        documents.renderer = new PdfaRenderer();
        assessment.addRisk(null, new RiskChange("顧客管理システム", "不正アクセス", "多要素認証が未導入", 4, 5, Treatment.REDUCE,
                "多要素認証の導入", 2, 4), RiskMethod.MATRIX);
        assessment.addRisk(null, new RiskChange("オフィス", "不正侵入", "来訪者管理が紙のみ", 2, 3, Treatment.ACCEPT, null, 2, 3), RiskMethod.MATRIX);
        assessment.submit("office");
        ApprovalRecord.Subject subject = new ApprovalRecord.Subject("RISK_ASSESSMENT", "RA-2026-01", 1,
                assessment.residualRiskFingerprint());
        List<ApprovalRecord> log = List.of(
                new ApprovalRecord(subject, "p", "submission", Decision.SUBMIT, "office", "鈴木 一郎", "isms-office", null),
                new ApprovalRecord(subject, "p", "Task_ReviewByCiso", Decision.RETURN, "ciso", "佐藤 花子", "ciso", "根拠を追記"),
                new ApprovalRecord(subject, "p", "Task_ApproveResidualRisks", Decision.APPROVE, "top", "山田 太郎",
                        "top-management", null));
        assessment.approve();
        documents.approvalLog = new FixedApprovalLog(log);
    }

    private String pdfText(RiskDocuments.Kind kind) throws Exception {
        byte[] pdf = documents.renderer.render(documents.report(kind, assessment, Locale.JAPANESE));
        assertThat(PdfaCheck.pdfa2bFailures(pdf)).as(kind.name()).isEmpty();
        return PdfaCheck.text(pdf);
    }

    @Test
    void theReportShowsMethodRisksScoresTreatmentAndTheApprovalHistory() throws Exception {
        assertThat(pdfText(RiskDocuments.Kind.REPORT)).contains("リスクアセスメント報告書", "RA-2026-01-REPORT", "R-001",
                "R-002", "4×5 = 20 高", "2×4 = 8 中", "低減", "受容", "多要素認証の導入", "根拠を追記", "山田 太郎 (トップマネジメント)",
                "発生可能性");
    }

    @Test
    void theResidualRiskListCarriesTheHashTopManagementAccepted() throws Exception {
        assertThat(pdfText(RiskDocuments.Kind.RESIDUAL_RISKS).replaceAll("\\s+", "")).contains("残留リスク一覧",
                assessment.getApprovedFingerprint(), "8中", "6低");
    }

    @Test
    void theTreatmentPlanListsEachRisksOptionAndPlanAndItsHashChangesWithThePlan() throws Exception {
        assertThat(pdfText(RiskDocuments.Kind.TREATMENT_PLAN)).contains("リスク対応計画", "多要素認証の導入", "受容");
        String before = RiskDocuments.treatmentPlanSha256(assessment);
        RiskAssessment next = assessment.startNextVersion();
        next.reviseRisk("R-002", new RiskChange("オフィス", "不正侵入", "来訪者管理が紙のみ", 2, 3, Treatment.REDUCE, "入館システム",
                2, 2), RiskMethod.MATRIX);
        assertThat(RiskDocuments.treatmentPlanSha256(next)).isNotEqualTo(before).hasSize(64);
    }
}
