package jp.isms.improvement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.isms.organisation.domain.Company;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;

class ImprovementItemTest {

    private static ImprovementItem item() {
        return new ImprovementItem(new Company("c", "c"), "IMP-001", new ImprovementItem.Draft("標的型メール訓練の年2回化",
                null, "hrhead", LocalDate.of(2026, 9, 30), "MR-2026-01", List.of("depthead", "hrhead")));
    }

    @Test
    void theOwnerIsAlwaysConcerned_andTheItemIsAgreedOnceEveryoneAcknowledged() {
        ImprovementItem item = item();
        assertThat(item.getAcknowledgements()).extracting(Acknowledgement::getUsername).containsExactly("hrhead", "depthead");
        item.acknowledge("hrhead");
        assertThat(item.getStatus()).isEqualTo(ImprovementStatus.COMMUNICATED);
        assertThat(item.awaitsAcknowledgementOf("depthead")).isTrue();
        item.acknowledge("depthead");
        assertThat(item.getStatus()).isEqualTo(ImprovementStatus.AGREED);
        assertThat(item.getAcknowledgements()).allMatch(Acknowledgement::isAcknowledged);
    }

    @Test
    void someoneNotConcernedCannotAcknowledge_norTwice() {
        ImprovementItem item = item();
        assertThatThrownBy(() -> item.acknowledge("employee")).isInstanceOf(IsmsException.class)
                .hasFieldOrPropertyWithValue("messageKey", "improvement.notConcerned");
        item.acknowledge("hrhead");
        assertThatThrownBy(() -> item.acknowledge("hrhead")).hasFieldOrPropertyWithValue("messageKey",
                "improvement.alreadyAcknowledged");
    }

    @Test
    void progressWaitsForAgreement_thenTheAchievementRecordsResultAndPlanRevision() {
        ImprovementItem item = item();
        assertThatThrownBy(() -> item.recordProgress(10, null)).hasFieldOrPropertyWithValue("messageKey", "improvement.notAgreed");
        item.acknowledge("hrhead");
        item.acknowledge("depthead");
        item.recordProgress(40, "上期実施済み");
        assertThat(item.getStatus()).isEqualTo(ImprovementStatus.IN_PROGRESS);
        assertThat(item.getProgress()).isEqualTo(40);
        item.achieve("2回実施、開封率 12%→4%", "情報セキュリティ教育計画", "第3版");
        assertThat(item.getStatus()).isEqualTo(ImprovementStatus.ACHIEVED);
        assertThat(item.getProgress()).isEqualTo(100);
        assertThat(item.getPlanDocument()).isEqualTo("情報セキュリティ教育計画");
        assertThat(item.getPlanVersion()).isEqualTo("第3版");
        assertThat(item.getPlanRevisedAt()).isNotNull();
        assertThatThrownBy(() -> item.recordProgress(50, null)).hasFieldOrPropertyWithValue("messageKey",
                "improvement.alreadyAchieved");
    }

    @Test
    void anOpenItemPastItsTargetIsOverdue() {
        ImprovementItem item = item();
        assertThat(item.overdueOn(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(item.overdueOn(LocalDate.of(2026, 9, 30))).isFalse();
    }
}
