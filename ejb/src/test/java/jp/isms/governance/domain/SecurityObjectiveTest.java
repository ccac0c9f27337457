package jp.isms.governance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.isms.governance.domain.SecurityObjective.ObjectiveChange;
import org.junit.jupiter.api.Test;

class SecurityObjectiveTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 31);

    private static SecurityObjective objective(ObjectiveStatus status) {
        return new SecurityObjective(new ObjectiveChange("標的型メール訓練の実施", "訓練の開封率", "5%以下", "ciso", DUE,
                status, 40));
    }

    @Test
    void anOpenObjectivePastItsDueDateIsOverdueAClosedOneNever() {
        assertThat(objective(ObjectiveStatus.IN_PROGRESS).overdueOn(DUE)).isFalse();
        assertThat(objective(ObjectiveStatus.IN_PROGRESS).overdueOn(DUE.plusDays(1))).isTrue();
        assertThat(objective(ObjectiveStatus.PLANNED).overdueOn(DUE.plusDays(1))).isTrue();
        assertThat(objective(ObjectiveStatus.ACHIEVED).overdueOn(DUE.plusYears(1))).isFalse();
        assertThat(objective(ObjectiveStatus.NOT_ACHIEVED).overdueOn(DUE.plusYears(1))).isFalse();
    }

    @Test
    void measureTargetOwnerAndDueDateAreRequiredAndAchievementIsAPercentage() {
        assertThatThrownBy(() -> new SecurityObjective(new ObjectiveChange("目的", "", "5%", "ciso", DUE, null, 0)))
                .hasMessageContaining("objective.measure");
        assertThatThrownBy(() -> new SecurityObjective(new ObjectiveChange("目的", "率", "5%", "ciso", null, null, 0)))
                .hasMessageContaining("objective.dueDate");
        assertThatThrownBy(() -> new SecurityObjective(new ObjectiveChange("目的", "率", "5%", "ciso", DUE, null, 101)))
                .hasMessageStartingWith("objective.achievement.range");
        SecurityObjective defaulted = new SecurityObjective(new ObjectiveChange("目的", "率", "5%", "ciso", DUE, null, null));
        assertThat(defaulted.getStatus()).isEqualTo(ObjectiveStatus.PLANNED);
        assertThat(defaulted.getAchievement()).isZero();
    }
}
