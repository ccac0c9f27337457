package jp.isms.governance.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.isms.governance.domain.PolicyVersion.PolicyText;
import jp.isms.organisation.domain.Company;
import jp.isms.report.application.EvidenceApprovals;
import jp.isms.report.infrastructure.PdfaCheck;
import jp.isms.report.infrastructure.PdfaRenderer;
import jp.isms.shared.domain.VersionStatus;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.junit.jupiter.api.Test;

class PolicyEvidenceTest {

    @Test
    void thePolicyInForceIsAPdfaWithItsTextEffectiveDateHashAndApproverOfThatVersionOnly() throws Exception {
        ApprovalRecord.Subject v1 = new ApprovalRecord.Subject("POLICY", "POLICY", 1, "1".repeat(64));
        ApprovalRecord.Subject v2 = new ApprovalRecord.Subject("POLICY", "POLICY", 2, "2".repeat(64));
        List<ApprovalRecord> decisions = List.of(
                new ApprovalRecord(v1, "p1", "Task_ApproveDocument", Decision.APPROVE, "former", "前田 前社長", "top-management", null),
                new ApprovalRecord(v2, "p2", "submission", Decision.SUBMIT, "office", "鈴木 一郎", "isms-office", null),
                new ApprovalRecord(v2, "p2", "Task_ApproveDocument", Decision.APPROVE, "top", "山田 太郎", "top-management", null));
        DocumentView<PolicyText> version = new DocumentView<>(1L, 2, VersionStatus.APPROVED, Instant.now(), "office",
                Instant.parse("2026-04-01T01:00:00Z"), "2".repeat(64), "2".repeat(64), 0, false, true, List.of(), List.of(),
                new PolicyText("情報セキュリティ基本方針", "当社は、お客様の情報を守ることを経営の最重要課題とする。", LocalDate.of(2026, 4, 1)));

        byte[] pdf = new PdfaRenderer().render(PolicyEvidence.policyReport(version, decisions,
                new Company("株式会社サンプル", "Sample Co., Ltd."), Locale.JAPANESE));

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        assertThat(PdfaCheck.text(pdf)).contains("情報セキュリティ方針", "ISMS-POLICY", "株式会社サンプル", "情報セキュリティ基本方針",
                "お客様の情報を守る", "2026-04-01", "2".repeat(64), "山田 太郎").doesNotContain("前田 前社長");
        String approvals = EvidenceApprovals.of(decisions, 2, Locale.JAPANESE);
        assertThat(approvals).isEqualTo("山田 太郎 (トップマネジメント) " + decisions.get(2).getDecidedAt()
                .atZone(java.time.ZoneId.of("Asia/Tokyo")).toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' '));
    }
}
