package jp.isms.corrective.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.isms.corrective.domain.CorrectiveAction;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformityRaised;
import jp.isms.shared.domain.NonconformitySource;
import org.junit.jupiter.api.Test;

class NonconformityReviewInputTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");

    private static CorrectiveAction action(String no, NonconformitySource source, LocalDate raisedOn) {
        return new CorrectiveAction(no, new NonconformityRaised(source, 1L, "REF-" + no, NonconformityGrade.MINOR, null,
                null, "内容", "office", raisedOn, null), null, NOW);
    }

    @Test
    void theReviewSeesCountsBySourceAndEachOpenActionWithOverdueMarked() {
        CorrectiveAction overdue = action("CA-1", NonconformitySource.INTERNAL_AUDIT, TODAY.minusDays(60));
        overdue.recordCorrection("x", "修正", NOW);
        overdue.analyse("x", List.of("なぜ"), "原因", NOW);
        overdue.plan("x", "計画", "owner1", TODAY.minusDays(5), TODAY.minusDays(40), NOW);
        CorrectiveAction fresh = action("CA-2", NonconformitySource.INCIDENT, TODAY.minusDays(3));

        List<String> lines = NonconformityReviewInput.summary(List.of(overdue, fresh), TODAY.minusDays(90), TODAY,
                Locale.JAPANESE);

        assertThat(lines.get(0)).contains("2 件", "完了 0 件", "未完了 2 件", "期限超過 1 件");
        assertThat(lines).contains("内部監査: 1 件", "インシデント: 1 件", "認証審査: 0 件");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("期限超過: CA-1"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("未完了: CA-2").contains("修正待ち"));
    }
}
