package jp.isms.corrective.application;

import static jp.isms.processes.CorrectiveAction.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.isms.corrective.domain.CorrectiveAction;
import jp.isms.shared.domain.NonconformityGrade;
import jp.isms.shared.domain.NonconformityRaised;
import jp.isms.shared.domain.NonconformitySource;
import jp.isms.workflow.domain.Decision;
import org.junit.jupiter.api.Test;

class CorrectiveActionStepsTest {

    @Test
    void theImplementationIsDueAtTheEndOfItsDayFollowedUpBeforeAndOverdueTheNextDayInTokyo() {
        LocalDate today = LocalDate.now(CorrectiveActions.ZONE);
        CorrectiveAction action = new CorrectiveAction("CA-1", new NonconformityRaised(NonconformitySource.INCIDENT, 1L,
                "INC-1", NonconformityGrade.MINOR, null, null, "内容", "office", today, null), null, java.time.Instant.now());
        action.recordCorrection("p", "修正", java.time.Instant.now());
        action.analyse("p", List.of("なぜ"), "原因", java.time.Instant.now());
        action.plan("p", "計画", "owner1", today.plusDays(10), today, java.time.Instant.now());

        Map<String, Object> v = CorrectiveActionSteps.planVariables(action, 3);

        assertThat(v).containsEntry(VAR_OWNER, "owner1").containsEntry(VAR_SUBMITTED_BY, "p");
        assertThat(tokyo(v.get(VAR_DUE_DATE)).toLocalDate()).isEqualTo(today.plusDays(10));
        assertThat(tokyo(v.get(VAR_DUE_DATE)).getHour()).isEqualTo(23);
        assertThat(tokyo(v.get(VAR_FOLLOW_UP_DATE)).toLocalDate()).isEqualTo(today.plusDays(7));
        assertThat(tokyo(v.get(VAR_OVERDUE_AT))).isEqualTo(today.plusDays(11).atStartOfDay(CorrectiveActions.ZONE));
        assertThat(tokyo(CorrectiveActionSteps.planVariables(action, 30).get(VAR_FOLLOW_UP_DATE)).toLocalDate())
                .as("a reminder never lies in the past").isEqualTo(today);
    }

    @Test
    void theOfficeDecidesThePlanAndTheVerifierClosesOrReopens() {
        CorrectiveActionSteps steps = new CorrectiveActionSteps();
        assertThat(steps.decisions(TASK_APPROVE_PLAN)).containsExactlyInAnyOrder(Decision.APPROVE, Decision.RETURN);
        assertThat(steps.decisions(TASK_VERIFY)).containsExactlyInAnyOrder(Decision.APPROVE, Decision.REJECT);
        assertThat(steps.decisions(TASK_CORRECTION)).containsExactly(Decision.SUBMIT);
        assertThat(steps.independentOfSubmitter(TASK_APPROVE_PLAN)).isTrue();
        assertThat(steps.independentOfSubmitter(TASK_VERIFY)).isTrue();
        assertThat(steps.independentOfSubmitter(TASK_ESCALATION)).isFalse();
        assertThat(steps.submitterVariable()).isEqualTo(VAR_SUBMITTED_BY);
    }

    private static ZonedDateTime tokyo(Object date) {
        return ((Date) date).toInstant().atZone(CorrectiveActions.ZONE);
    }
}
