package jp.isms.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.isms.organisation.domain.Company;
import jp.isms.report.infrastructure.PdfaCheck;
import jp.isms.report.infrastructure.PdfaRenderer;
import jp.isms.review.domain.ActionStatus;
import jp.isms.review.domain.ReviewStatus;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.junit.jupiter.api.Test;

class ReviewMinutesTest {

    @Test
    void theSignedMinutesAreAPdfaWithInputsAttendeesDecisionsActionsAndTheSignatureHash() throws Exception {
        String sha = "b".repeat(64);
        ReviewView view = new ReviewView(1L, "MR-2026-01", ReviewStatus.SIGNED, LocalDate.of(2026, 3, 10), "本社 会議室A",
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 10), "ISMSは有効と判断した",
                "office", Instant.parse("2026-03-11T01:00:00Z"), "top", Instant.parse("2026-03-12T01:00:00Z"), sha, true,
                null, 3, List.of(new ReviewView.Input(ReviewInput.OBJECTIVES, "・目的 3 件のうち 2 件達成", "未達の1件は継続"),
                        new ReviewView.Input(ReviewInput.AUDIT_RESULTS, "記録されたデータがありません — 手入力してください。", null)),
                List.of(new ReviewView.Person("山田 太郎", "代表取締役")),
                List.of(new ReviewView.Action("MR-2026-01-A1", "教育計画の見直し", "hrhead", LocalDate.of(2026, 6, 30),
                        ActionStatus.OPEN, null, null, false)), List.of());
        ApprovalRecord.Subject subject = new ApprovalRecord.Subject(ReviewSteps.SUBJECT_TYPE, "MR-2026-01", 1, sha);
        List<ApprovalRecord> decisions = List.of(
                new ApprovalRecord(subject, "p", "submit", Decision.SUBMIT, "office", "鈴木 一郎", "isms-office", null),
                new ApprovalRecord(subject, "p", "Task_SignMinutes", Decision.APPROVE, "top", "山田 太郎", "top-management", null));

        byte[] pdf = new PdfaRenderer().render(ReviewMinutes.report(view, decisions,
                new Company("株式会社サンプル", "Sample Co., Ltd."), Locale.JAPANESE));

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        assertThat(PdfaCheck.text(pdf)).contains("マネジメントレビュー議事録", "MR-2026-01", "株式会社サンプル", "本社 会議室A",
                "情報セキュリティ目的の", "未達の1件は継続", "手入力してください", "山田 太郎", "代表取締役",
                "ISMSは有効と判断した", "MR-2026-01-A1", "教育計画の見直し", "hrhead", sha);
    }
}
