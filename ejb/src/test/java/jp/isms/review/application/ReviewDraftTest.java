package jp.isms.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewDraftTest {

    private static ReviewInputSource source(ReviewInput input, int order, String... lines) {
        return new ReviewInputSource() {
            @Override
            public ReviewInput input() {
                return input;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public List<String> summarise(LocalDate since, Locale locale) {
                return List.of(lines);
            }
        };
    }

    @Test
    void everyInputGetsADraft_linesOfSeveralSourcesInTheirOrder_andAnInputWithoutDataSaysSo() {
        Map<ReviewInput, String> drafts = ReviewDraft.compile(List.of(
                source(ReviewInput.AUDIT_RESULTS, 2, "第2回監査"), source(ReviewInput.AUDIT_RESULTS, 1, "第1回監査"),
                source(ReviewInput.OBJECTIVES, 0)), LocalDate.of(2025, 4, 1), Locale.JAPANESE);

        assertThat(drafts).containsOnlyKeys(ReviewInput.values());
        assertThat(drafts.get(ReviewInput.AUDIT_RESULTS)).isEqualTo("・第1回監査\n・第2回監査");
        assertThat(drafts.get(ReviewInput.OBJECTIVES)).isEqualTo("記録されたデータがありません — 手入力してください。");
        assertThat(drafts.get(ReviewInput.INTERESTED_PARTY_FEEDBACK)).isEqualTo("記録されたデータがありません — 手入力してください。");
        assertThat(ReviewDraft.compile(List.of(), LocalDate.now(), Locale.ENGLISH).get(ReviewInput.PREVIOUS_ACTIONS))
                .isEqualTo("No data recorded — enter by hand.");
    }
}
