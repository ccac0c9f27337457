package jp.isms.governance.application;

import static jp.isms.processes.GovernanceApproval.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.workflow.domain.Decision;
import org.junit.jupiter.api.Test;

class GovernanceApprovalStepsTest {

    private final GovernanceApprovalSteps steps = new GovernanceApprovalSteps();
    private final Actor office = new Actor("office", "鈴木 一郎", Set.of(Role.ISMS_OFFICE), Locale.JAPANESE, false);

    @Test
    void eachTaskOffersItsOwnDecisionsAndSetsTheVariableItsGatewayReads() {
        assertThat(steps.decisions(TASK_REVIEW_BY_CISO)).containsExactlyInAnyOrder(Decision.APPROVE, Decision.RETURN);
        assertThat(steps.decisions(TASK_APPROVE_BY_TOP_MANAGEMENT)).containsExactlyInAnyOrder(Decision.APPROVE,
                Decision.REJECT);
        assertThat(steps.decisions(TASK_REVISE)).containsExactly(Decision.RESUBMIT);
        assertThat(steps.covers("Task_ReviewByCiso")).as("the risk process's task is not ours").isFalse();

        assertThat(steps.variables(TASK_REVIEW_BY_CISO, Decision.RETURN, office))
                .isEqualTo(Map.of(VAR_CISO_DECISION, DECISION_RETURN));
        assertThat(steps.variables(TASK_APPROVE_BY_TOP_MANAGEMENT, Decision.REJECT, office))
                .isEqualTo(Map.of(VAR_TOP_MANAGEMENT_DECISION, DECISION_REJECT));
        assertThat(steps.variables(TASK_REVISE, Decision.RESUBMIT, office))
                .as("whoever resubmits becomes the submitter the approvers must differ from")
                .isEqualTo(Map.of(VAR_SUBMITTED_BY, "office"));
    }

    @Test
    void approversMustNotBeTheSubmitterButTheOfficeRevisesItsOwnSubmission() {
        assertThat(steps.independentOfSubmitter(TASK_REVIEW_BY_CISO)).isTrue();
        assertThat(steps.independentOfSubmitter(TASK_APPROVE_BY_TOP_MANAGEMENT)).isTrue();
        assertThat(steps.independentOfSubmitter(TASK_REVISE)).isFalse();
        assertThat(steps.submitterVariable()).isEqualTo(VAR_SUBMITTED_BY);
    }
}
