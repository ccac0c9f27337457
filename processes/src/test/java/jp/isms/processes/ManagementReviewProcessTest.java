package jp.isms.processes;

import static jp.isms.processes.ManagementReview.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of {@value ManagementReview#RESOURCE}, the delegates replaced by mocks and the actions by a stub. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = ManagementReview.RESOURCE)
class ManagementReviewProcessTest {

    ProcessEngine processEngine;

    private JavaDelegate sign;
    private JavaDelegate returned;
    private final List<String> done = new ArrayList<>();

    /** Stands for the application's bean: the signed minutes' actions and their owners. */
    public static class Actions {
        private final Map<String, String> owners;

        Actions(Map<String, String> owners) {
            this.owners = owners;
        }

        public List<String> keysOf(Object reviewId) {
            return owners.keySet().stream().sorted().toList();
        }

        public String ownerOf(String actionKey) {
            return owners.get(actionKey);
        }
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        sign = mock(JavaDelegate.class, "sign");
        returned = mock(JavaDelegate.class, "return");
        Mocks.register(DELEGATE_SIGN, sign);
        Mocks.register(DELEGATE_RETURN, returned);
        Mocks.register(DELEGATE_ACTION_DONE, (TaskListener) (DelegateTask t) -> done.add((String) t.getVariable(VAR_ACTION_KEY)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(Map<String, String> actionOwners) {
        Mocks.register(BEAN_ACTIONS, new Actions(actionOwners));
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + "2026-01",
                Map.of(VAR_REVIEW_ID, 9L, VAR_SUBMITTED_BY, "office"));
    }

    @Test
    void topManagementSigns_eachOutputActionBecomesATaskOfItsOwner_andTheProcessEndsWhenAllAreDone() throws Exception {
        ProcessInstance pi = start(Map.of("MR-2026-01-A1", "depthead", "MR-2026-01-A2", "ciso"));
        assertThat(pi).isWaitingAtExactly(TASK_SIGN_MINUTES);
        assertThat(task(TASK_SIGN_MINUTES, pi)).hasCandidateGroup(GROUP_TOP_MANAGEMENT).hasFormKey(FORM_SIGN_MINUTES);

        complete(task(TASK_SIGN_MINUTES, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        verify(sign).execute(any());
        verifyNoInteractions(returned);
        List<Task> actions = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_COMPLETE_ACTION)
                .initializeFormKeys().list();
        org.assertj.core.api.Assertions.assertThat(actions).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("depthead", "ciso");
        org.assertj.core.api.Assertions.assertThat(actions).extracting(Task::getFormKey).containsOnly(FORM_COMPLETE_ACTION);

        Task ciso = actions.stream().filter(t -> t.getAssignee().equals("ciso")).findFirst().orElseThrow();
        complete(ciso);
        org.assertj.core.api.Assertions.assertThat(done).containsExactly("MR-2026-01-A2");
        assertThat(pi).isWaitingAt(TASK_COMPLETE_ACTION);

        complete(taskQuery().processInstanceId(pi.getId()).taskAssignee("depthead").singleResult());
        org.assertj.core.api.Assertions.assertThat(done).containsExactly("MR-2026-01-A2", "MR-2026-01-A1");
        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_SUBMITTED, TASK_SIGN_MINUTES,
                GATEWAY_TOP_MANAGEMENT_DECISION, SERVICE_TASK_RECORD_SIGNATURE, TASK_COMPLETE_ACTION,
                END_EVENT_ACTIONS_COMPLETED).hasNotPassed(SERVICE_TASK_RECORD_RETURN);
    }

    @Test
    void signedMinutesWithoutOutputActions_endRightAfterTheSignature() throws Exception {
        ProcessInstance pi = start(Map.of());
        complete(task(TASK_SIGN_MINUTES, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        verify(sign, times(1)).execute(any());
        assertThat(pi).isEnded().hasPassed(END_EVENT_ACTIONS_COMPLETED);
        org.assertj.core.api.Assertions.assertThat(done).isEmpty();
    }

    @Test
    void topManagementReturns_theReturnIsRecordedAndNoActionStarts() throws Exception {
        ProcessInstance pi = start(Map.of("MR-2026-01-A1", "depthead"));
        complete(task(TASK_SIGN_MINUTES, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_RETURN));

        verify(returned).execute(any());
        verifyNoInteractions(sign);
        assertThat(pi).isEnded().hasPassed(SERVICE_TASK_RECORD_RETURN, END_EVENT_RETURNED)
                .hasNotPassed(SERVICE_TASK_RECORD_SIGNATURE, TASK_COMPLETE_ACTION);
    }

    @Test
    void anUnknownDecisionIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance pi = start(Map.of());
        assertThatThrownBy(() -> complete(task(TASK_SIGN_MINUTES, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, "later")))
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_SIGN_MINUTES);
    }
}
