package jp.isms.corrective.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformityRaised;
import jp.isms.shared.domain.NonconformitySource;
import org.junit.jupiter.api.Test;

class CorrectiveActionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");

    static CorrectiveAction raised(LocalDate deadline) {
        return new CorrectiveAction("CA-2026-001", new NonconformityRaised(NonconformitySource.CERTIFICATION_AUDIT, 3L,
                "CB-2026-STAGE2 / 2", NonconformityGrade.MINOR, 5L, "A.5.15", "アクセス権の見直し記録がない", "auditor",
                TODAY.minusDays(10), deadline), "IT", NOW);
    }

    static CorrectiveAction implemented() {
        CorrectiveAction a = raised(null);
        a.recordCorrection("depthead", "見直しを実施", NOW);
        a.analyse("depthead", List.of("手順がない", "担当が決まっていない"), "見直しの責任者が不在", NOW);
        a.plan("depthead", "四半期ごとの見直し手順を定める", "owner1", TODAY.plusDays(20), TODAY, NOW);
        a.approvePlan("office", "了承", NOW);
        a.implement("owner1", "手順を制定し初回の見直しを実施", NOW);
        return a;
    }

    @Test
    void everyStepMovesTheActionOnAndIsInItsHistory() {
        CorrectiveAction a = implemented();
        assertThat(a.getState()).isEqualTo(ActionState.VERIFICATION);
        assertThat(a.whys()).containsExactly("手順がない", "担当が決まっていない");
        a.verifyEffective("auditor", "有効", TODAY.plusDays(25), NOW);
        assertThat(a.getState()).isEqualTo(ActionState.CLOSED);
        assertThat(a.getClosedOn()).isEqualTo(TODAY.plusDays(25));
        assertThat(a.getHistory()).extracting(HistoryEntry::getEvent).containsExactly("RAISED", "CORRECTED", "ANALYSED",
                "PLANNED", "PLAN_APPROVED", "IMPLEMENTED", "VERIFIED", "CLOSED");
        assertThat(a.ageDays(TODAY.plusDays(100))).as("age stops at closure").isEqualTo(35);
        assertThat(a.overdue(TODAY.plusDays(100))).isFalse();
    }

    @Test
    void noStepCanBeSkippedAndNothingClosesWithoutVerification() {
        CorrectiveAction a = raised(null);
        assertThatThrownBy(() -> a.plan("depthead", "x", "owner1", TODAY, TODAY, NOW)).isInstanceOf(IsmsException.class)
                .extracting(e -> ((IsmsException) e).messageKey()).isEqualTo("corrective.notAtStep");
        assertThatThrownBy(() -> a.verifyEffective("auditor", null, TODAY, NOW)).isInstanceOf(IsmsException.class);
        assertThat(a.getState()).isEqualTo(ActionState.CORRECTION);
    }

    @Test
    void theImplementerCannotVerifyTheirOwnAction() {
        CorrectiveAction a = implemented();
        assertThatThrownBy(() -> a.verifyEffective("owner1", "ok", TODAY, NOW)).isInstanceOf(IsmsException.class)
                .satisfies(e -> {
                    assertThat(((IsmsException) e).kind()).isEqualTo(IsmsException.Kind.FORBIDDEN);
                    assertThat(((IsmsException) e).messageKey()).isEqualTo("corrective.verifier.notImplementer");
                });
        assertThat(a.isClosed()).isFalse();
    }

    @Test
    void aFailedVerificationNeedsAReasonAndReopensThePlanOrTheImplementation() {
        CorrectiveAction a = implemented();
        assertThatThrownBy(() -> a.reopen("auditor", " ", true, NOW)).isInstanceOf(IsmsException.class);
        a.reopen("auditor", "記録が不十分", false, NOW);
        assertThat(a.getState()).isEqualTo(ActionState.IMPLEMENTATION);
        assertThat(a.getReopenCount()).isEqualTo(1);
        assertThat(a.getVerification()).isEqualTo("記録が不十分");
        a.implement("owner1", "記録様式を追加", NOW);
        a.reopen("auditor", "根本原因が違う", true, NOW);
        assertThat(a.getState()).isEqualTo(ActionState.PLANNING);
        assertThat(a.getHistory()).extracting(HistoryEntry::getEvent).contains("REOPENED_IMPLEMENTATION", "REOPENED_PLAN");
    }

    @Test
    void aReturnedPlanIsPlannedAgain() {
        CorrectiveAction a = raised(null);
        a.recordCorrection("depthead", "修正", NOW);
        a.analyse("depthead", List.of("なぜ"), "原因", NOW);
        a.plan("depthead", "計画", "owner1", TODAY.plusDays(5), TODAY, NOW);
        a.returnPlan("office", "期限が遅い", NOW);
        assertThat(a.getState()).isEqualTo(ActionState.PLANNING);
        assertThat(a.getHistory().get(a.getHistory().size() - 1).getNote()).isEqualTo("期限が遅い");
    }

    @Test
    void theWhyWhyAnalysisHasOneToFiveWhysAndARootCause() {
        CorrectiveAction a = raised(null);
        a.recordCorrection("depthead", "修正", NOW);
        assertThatThrownBy(() -> a.analyse("depthead", List.of(" "), "原因", NOW)).extracting(e -> ((IsmsException) e).messageKey())
                .isEqualTo("corrective.whys.required");
        assertThatThrownBy(() -> a.analyse("depthead", List.of("1", "2", "3", "4", "5", "6"), "原因", NOW))
                .extracting(e -> ((IsmsException) e).messageKey()).isEqualTo("corrective.whys.tooMany");
        assertThatThrownBy(() -> a.analyse("depthead", List.of("1"), null, NOW))
                .extracting(e -> ((IsmsException) e).messageKey()).isEqualTo("corrective.field.required");
        a.analyse("depthead", List.of("1", "2", "3", "4", "5"), "原因", NOW);
        assertThat(a.whys()).hasSize(5);
    }

    @Test
    void theCertificationBodysDeadlineBoundsTheDueDate() {
        CorrectiveAction a = raised(TODAY.plusDays(30));
        a.recordCorrection("depthead", "修正", NOW);
        a.analyse("depthead", List.of("なぜ"), "原因", NOW);
        assertThatThrownBy(() -> a.plan("depthead", "計画", "owner1", TODAY.plusDays(31), TODAY, NOW))
                .extracting(e -> ((IsmsException) e).messageKey()).isEqualTo("corrective.dueDate.afterDeadline");
        assertThatThrownBy(() -> a.plan("depthead", "計画", "owner1", TODAY.minusDays(1), TODAY, NOW))
                .extracting(e -> ((IsmsException) e).messageKey()).isEqualTo("corrective.dueDate.past");
        a.plan("depthead", "計画", "owner1", TODAY.plusDays(30), TODAY, NOW);
        assertThat(a.overdue(TODAY.plusDays(30))).as("the due day itself is in time").isFalse();
        assertThat(a.overdue(TODAY.plusDays(31))).isTrue();
    }

    @Test
    void onlyTheOwnerReportsTheImplementation() {
        CorrectiveAction a = raised(null);
        a.recordCorrection("depthead", "修正", NOW);
        a.analyse("depthead", List.of("なぜ"), "原因", NOW);
        a.plan("depthead", "計画", "owner1", TODAY.plusDays(5), TODAY, NOW);
        a.approvePlan("office", null, NOW);
        assertThatThrownBy(() -> a.implement("someoneElse", "done", NOW)).extracting(e -> ((IsmsException) e).kind())
                .isEqualTo(IsmsException.Kind.FORBIDDEN);
    }

    @Test
    void theHashChangesWithTheWork() {
        CorrectiveAction a = raised(null);
        String before = a.contentSha256();
        a.recordCorrection("depthead", "修正", NOW);
        assertThat(a.contentSha256()).hasSize(64).isNotEqualTo(before);
    }
}
