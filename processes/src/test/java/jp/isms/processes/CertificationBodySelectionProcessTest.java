package jp.isms.processes;

import static jp.isms.processes.CertificationBodySelection.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of {@value CertificationBodySelection#RESOURCE}, the delegates replaced by mocks. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = CertificationBodySelection.RESOURCE)
class CertificationBodySelectionProcessTest {

    ProcessEngine processEngine;

    private JavaDelegate confirm;
    private JavaDelegate returned;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        confirm = mock(JavaDelegate.class, "confirm");
        returned = mock(JavaDelegate.class, "return");
        Mocks.register(DELEGATE_CONFIRM, confirm);
        Mocks.register(DELEGATE_RETURN, returned);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "CB-SELECTION-1",
                Map.of(VAR_SELECTION_ID, 7L, VAR_SUBMITTED_BY, "office"));
    }

    @Test
    void theCisoThenTopManagementApprove_theSelectionIsConfirmed() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);
        assertThat(task(TASK_REVIEW_BY_CISO, pi)).hasCandidateGroup(GROUP_CISO).hasFormKey(FORM_DECIDE).isNotAssigned();

        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_BY_TOP_MANAGEMENT);
        assertThat(task(TASK_APPROVE_BY_TOP_MANAGEMENT, pi)).hasCandidateGroup(GROUP_TOP_MANAGEMENT).hasFormKey(FORM_DECIDE);
        verifyNoInteractions(confirm, returned);

        complete(task(TASK_APPROVE_BY_TOP_MANAGEMENT, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));
        verify(confirm).execute(any());
        verifyNoInteractions(returned);
        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_SUBMITTED, TASK_REVIEW_BY_CISO, GATEWAY_CISO_DECISION,
                TASK_APPROVE_BY_TOP_MANAGEMENT, GATEWAY_TOP_MANAGEMENT_DECISION, SERVICE_TASK_CONFIRM, END_EVENT_APPROVED)
                .hasNotPassed(SERVICE_TASK_RETURN, END_EVENT_RETURNED);
    }

    @Test
    void theCisoReturns_theSelectionIsEditableAgainAndTopManagementNeverSeesIt() throws Exception {
        ProcessInstance pi = start();
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_RETURN));

        verify(returned).execute(any());
        verifyNoInteractions(confirm);
        assertThat(pi).isEnded().hasPassed(SERVICE_TASK_RETURN, END_EVENT_RETURNED)
                .hasNotPassed(TASK_APPROVE_BY_TOP_MANAGEMENT, SERVICE_TASK_CONFIRM);
    }

    @Test
    void topManagementReturns_theSelectionIsEditableAgainAndNotConfirmed() throws Exception {
        ProcessInstance pi = start();
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        complete(task(TASK_APPROVE_BY_TOP_MANAGEMENT, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_RETURN));

        verify(returned).execute(any());
        verifyNoInteractions(confirm);
        assertThat(pi).isEnded().hasPassedInOrder(TASK_APPROVE_BY_TOP_MANAGEMENT, GATEWAY_TOP_MANAGEMENT_DECISION,
                SERVICE_TASK_RETURN, END_EVENT_RETURNED).hasNotPassed(SERVICE_TASK_CONFIRM);
    }

    @Test
    void anUnknownDecisionIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance pi = start();
        assertThatThrownBy(() -> complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, "maybe")))
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);
    }

    @Test
    void aFailingFreezeRollsTheApprovalBack() throws Exception {
        doThrow(new IllegalStateException("changed since submission")).when(confirm).execute(any());
        ProcessInstance pi = start();
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));

        assertThatThrownBy(() -> complete(task(TASK_APPROVE_BY_TOP_MANAGEMENT, pi),
                withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE))).hasMessageContaining("changed since");
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_BY_TOP_MANAGEMENT);
    }
}
