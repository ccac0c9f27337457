package jp.isms.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.isms.review.application.ReviewInput;
import jp.isms.shared.domain.TsvTable;
import org.junit.jupiter.api.Test;

/** The demo's review and improvement files load (a defect would stop the first start of the demo). */
class DemoManagementReviewTest {

    private static List<TsvTable.Row> read(String resource, List<String> columns) {
        return TsvTable.read(DemoManagementReviewTest.class.getClassLoader().getResourceAsStream(resource), resource, columns);
    }

    @Test
    void theReviewHasItsMeetingTwoActionsAndDiscussionsOfRealInputs() {
        List<TsvTable.Row> rows = read(DemoManagementReview.REVIEW, DemoManagementReview.REVIEW_COLUMNS);
        assertThat(rows.stream().filter(r -> r.cell(0).equals("review"))).hasSize(1);
        assertThat(rows.stream().filter(r -> r.cell(0).equals("action"))).hasSize(2);
        rows.stream().filter(r -> r.cell(0).equals("discussion")).forEach(r -> ReviewInput.valueOf(r.cell(1)));
    }

    @Test
    void oneImprovementIsInProgressAndOneAchievedWithItsPlanRevision() {
        List<TsvTable.Row> rows = read(DemoManagementReview.IMPROVEMENTS, DemoManagementReview.IMPROVEMENT_COLUMNS);
        assertThat(rows).extracting(r -> r.cell(6)).containsExactly("40", "100");
        assertThat(rows.get(1).cell(8)).isNotBlank();
    }
}
