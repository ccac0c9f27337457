package jp.isms.corrective.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.isms.corrective.domain.ActionState;
import jp.isms.report.infrastructure.PdfaCheck;
import jp.isms.report.infrastructure.PdfaRenderer;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformitySource;
import org.junit.jupiter.api.Test;

class CorrectiveActionReportTest {

    static ActionView closed() {
        Instant at = Instant.parse("2026-11-20T02:00:00Z");
        return new ActionView(7L, "CA-2026-001", NonconformitySource.INTERNAL_AUDIT, "IA-2026-1 / 3",
                NonconformityGrade.MINOR, "IT", "情報システム部", "A.5.18", "退職者のアカウントが残っていた", "auditor",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), ActionState.CLOSED, "即日無効化した", "depthead",
                List.of("連絡が届かなかった", "手順に通知がなかった"), "人事手続きと連動していない", "depthead",
                "チェックリストに通知を追加する", "depthead", LocalDate.of(2026, 11, 15), "depthead", "office", at,
                "チェックリストを改訂した", "depthead", at, "auditor", at, "翌月の退職者で確認", LocalDate.of(2026, 11, 20),
                null, 1, 50, false, "b".repeat(64),
                List.of(new ActionView.HistoryLine(at, "auditor", "田中 美咲", "RAISED", "退職者のアカウントが残っていた"),
                        new ActionView.HistoryLine(at, "auditor", "田中 美咲", "REOPENED_IMPLEMENTATION", "記録が不足")),
                List.of(), List.of());
    }

    @Test
    void theReportIsAPdfaWithEveryStepNamesAndDates() throws Exception {
        byte[] pdf = new PdfaRenderer().render(CorrectiveActionReport.report(closed(), "株式会社サンプル",
                u -> switch (u) {
                    case "depthead" -> "高橋 健";
                    case "auditor" -> "田中 美咲";
                    case "office" -> "鈴木 一郎";
                    default -> u;
                }, Locale.JAPANESE));

        assertThat(PdfaCheck.pdfa2bFailures(pdf)).isEmpty();
        assertThat(PdfaCheck.text(pdf)).contains("是正処置報告書", "CA-2026-001", "株式会社サンプル", "IA-2026-1 / 3",
                "退職者のアカウントが残っていた", "即日無効化した", "連絡が届かなかった", "人事手続きと連動していない",
                "チェックリストに通知を追加する", "2026-11-15", "鈴木 一郎", "チェックリストを改訂した", "田中 美咲",
                "翌月の退職者で確認", "2026-11-20", "有効でないため再開");
    }

    @Test
    void theReportReadsInEnglish() throws Exception {
        byte[] pdf = new PdfaRenderer().render(CorrectiveActionReport.report(closed(), "Sample Co., Ltd.", u -> u,
                Locale.ENGLISH));
        assertThat(PdfaCheck.text(pdf)).contains("Corrective action report", "Root cause", "Verification and closure");
    }
}
