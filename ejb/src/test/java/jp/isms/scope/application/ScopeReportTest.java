package jp.isms.scope.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import jp.isms.governance.application.DocumentView;
import jp.isms.organisation.domain.Company;
import jp.isms.report.infrastructure.PdfaCheck;
import jp.isms.report.infrastructure.PdfaRenderer;
import jp.isms.scope.domain.ScopeContent;
import jp.isms.scope.domain.WorkforceCategory;
import jp.isms.shared.domain.VersionStatus;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.junit.jupiter.api.Test;

class ScopeReportTest {

    private static final ScopeContent CONTENT = new ScopeContent("本社及び大阪支店における情報システムの開発・運用",
            List.of(new ScopeContent.Unit("IT", "情報システム部", true, null)),
            List.of(new ScopeContent.Site("本社", "東京都千代田区", true), new ScopeContent.Site("大阪物流センター", "大阪府", false)),
            List.of(new ScopeContent.Workforce(WorkforceCategory.REGULAR, true, null),
                    new ScopeContent.Workforce(WorkforceCategory.OUTSOURCED, false, "委託契約で管理")),
            List.of(new ScopeContent.SystemOrService("顧客管理システム", "CRM", true)),
            List.of(new ScopeContent.Exclusion("大阪物流センター", "物流業務は委託先の管理下にあるため")));

    @Test
    void theScopeDocumentIsAPdfaWithEverySectionAndItsApprovers() throws Exception {
        ApprovalRecord.Subject subject = new ApprovalRecord.Subject("SCOPE", "SCOPE", 1, "a".repeat(64));
        List<ApprovalRecord> decisions = List.of(
                new ApprovalRecord(subject, "p", "submission", Decision.SUBMIT, "office", "鈴木 一郎", "isms-office", null),
                new ApprovalRecord(subject, "p", "Task_ApproveDocument", Decision.APPROVE, "top", "山田 太郎",
                        "top-management", null));
        DocumentView<ScopeContent> version = new DocumentView<>(1L, 1, VersionStatus.APPROVED, Instant.now(), "office",
                Instant.parse("2026-04-01T01:00:00Z"), "a".repeat(64), "a".repeat(64), 0, false, true, List.of(),
                List.of(), CONTENT);

        byte[] pdf = new PdfaRenderer().render(ScopeReport.report(version, decisions,
                new Company("株式会社サンプル", "Sample Co., Ltd."), Locale.JAPANESE));

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        assertThat(PdfaCheck.text(pdf)).contains("ISMS適用範囲", "ISMS-SCOPE", "株式会社サンプル", "情報システム部", "東京都千代田区",
                "業務委託", "範囲外", "物流業務は委託先の管理下にあるため", "山田 太郎");
    }
}
