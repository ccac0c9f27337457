package jp.isms.processes;

import static jp.isms.processes.ManagementAuthorisation.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
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

/** Every path of {@value ManagementAuthorisation#RESOURCE}, the delegates replaced by mocks. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = ManagementAuthorisation.RESOURCE)
class ManagementAuthorisationProcessTest {

    ProcessEngine processEngine;

    private JavaDelegate authorise;
    private JavaDelegate returned;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        authorise = mock(JavaDelegate.class, "authorise");
        returned = mock(JavaDelegate.class, "return");
        Mocks.register(DELEGATE_AUTHORISE, authorise);
        Mocks.register(DELEGATE_RETURN, returned);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + "001",
                Map.of(VAR_AUTHORISATION_ID, 9L, VAR_REQUESTED_BY, "office"));
    }

    @Test
    void topManagementAuthorises_theAuthorisationIsRecorded() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAtExactly(TASK_AUTHORISE);
        assertThat(task(TASK_AUTHORISE, pi)).hasCandidateGroup(GROUP_TOP_MANAGEMENT).hasFormKey(FORM_AUTHORISE);

        complete(task(TASK_AUTHORISE, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        verify(authorise).execute(any());
        verifyNoInteractions(returned);
        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_REQUESTED, TASK_AUTHORISE,
                GATEWAY_TOP_MANAGEMENT_DECISION, SERVICE_TASK_RECORD_AUTHORISATION, END_EVENT_AUTHORISED)
                .hasNotPassed(SERVICE_TASK_RECORD_RETURN);
    }

    @Test
    void topManagementReturns_theReturnIsRecordedAndNothingIsAuthorised() throws Exception {
        ProcessInstance pi = start();
        complete(task(TASK_AUTHORISE, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_RETURN));

        verify(returned).execute(any());
        verifyNoInteractions(authorise);
        assertThat(pi).isEnded().hasPassed(SERVICE_TASK_RECORD_RETURN, END_EVENT_RETURNED)
                .hasNotPassed(SERVICE_TASK_RECORD_AUTHORISATION);
    }

    @Test
    void anUnknownDecisionIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance pi = start();
        assertThatThrownBy(() -> complete(task(TASK_AUTHORISE, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, "later")))
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_AUTHORISE);
    }
}
