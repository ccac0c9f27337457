package jp.isms.processes;

import static jp.isms.processes.RiskAssessmentApproval.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.value.LongValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.InOrder;

/**
 * Executes {@value RiskAssessmentApproval#RESOURCE} on an in-memory engine
 * ({@code camunda.cfg.xml}) with the three delegates replaced by Mockito mocks.
 * Every path through the model is covered, plus the transactional contract
 * (a failing delegate rolls back the task completion).
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = RiskAssessmentApproval.RESOURCE)
class RiskAssessmentApprovalProcessTest {

    private static final String BUSINESS_KEY = "RA-2026-01";
    private static final Long ASSESSMENT_ID = 42L;
    private static final String SUBMITTER = "suzuki";

    /** Fixed "now" so that due dates can be asserted exactly. */
    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    /** Injected by {@link ProcessEngineExtension}. */
    ProcessEngine processEngine;

    private JavaDelegate freezeDelegate;
    private JavaDelegate returnDelegate;
    private JavaDelegate resubmitDelegate;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));

        freezeDelegate = mock(JavaDelegate.class, "freezeDelegate");
        returnDelegate = mock(JavaDelegate.class, "returnDelegate");
        resubmitDelegate = mock(JavaDelegate.class, "resubmitDelegate");
        Mocks.register(DELEGATE_FREEZE, freezeDelegate);
        Mocks.register(DELEGATE_RETURN_FOR_REVISION, returnDelegate);
        Mocks.register(DELEGATE_RESUBMIT, resubmitDelegate);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    // ------------------------------------------------------------------ paths

    @Test
    @DisplayName("1. CISO approves, top management approves: frozen and ended")
    void cisoApproves_topManagementApproves_assessmentIsFrozenAndProcessEnds() throws Exception {
        // given
        ProcessInstance pi = startProcess();
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);

        // when
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        // then
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_RESIDUAL_RISKS);
        verifyNoInteractions(freezeDelegate, returnDelegate, resubmitDelegate);

        // when
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        // then
        verify(freezeDelegate, times(1)).execute(any(DelegateExecution.class));
        verify(returnDelegate, never()).execute(any());
        verify(resubmitDelegate, never()).execute(any());
        assertThat(pi).isEnded()
                .hasPassedInOrder(START_EVENT_SUBMITTED, TASK_REVIEW_BY_CISO, GATEWAY_CISO_DECISION,
                        TASK_APPROVE_RESIDUAL_RISKS, GATEWAY_TOP_MANAGEMENT_DECISION,
                        SERVICE_TASK_FREEZE_ASSESSMENT, END_EVENT_APPROVED)
                .hasNotPassed(SERVICE_TASK_RETURN_FOR_REVISION, TASK_REVISE_RISK_ASSESSMENT, SERVICE_TASK_RESUBMIT);
        Assertions.assertThat(activityPath(pi)).containsExactly(
                START_EVENT_SUBMITTED, TASK_REVIEW_BY_CISO, GATEWAY_CISO_DECISION,
                TASK_APPROVE_RESIDUAL_RISKS, GATEWAY_TOP_MANAGEMENT_DECISION,
                SERVICE_TASK_FREEZE_ASSESSMENT, END_EVENT_APPROVED);
        Assertions.assertThat(historicProcessInstance(pi).getEndActivityId()).isEqualTo(END_EVENT_APPROVED);
    }

    @Test
    @DisplayName("2. CISO returns: revised by the ISMS office, resubmitted, then approved")
    void cisoReturns_assessmentIsRevisedAndResubmitted_thenApproved() throws Exception {
        // given
        ProcessInstance pi = startProcess();

        // when the CISO returns the assessment
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_RETURN));

        // then it is put back into revision and the ISMS office has to revise it
        verify(returnDelegate, times(1)).execute(any());
        verifyNoInteractions(freezeDelegate, resubmitDelegate);
        assertThat(pi).isWaitingAtExactly(TASK_REVISE_RISK_ASSESSMENT)
                .hasPassedInOrder(TASK_REVIEW_BY_CISO, GATEWAY_CISO_DECISION, SERVICE_TASK_RETURN_FOR_REVISION)
                .hasNotPassed(TASK_APPROVE_RESIDUAL_RISKS);
        assertThat(task(TASK_REVISE_RISK_ASSESSMENT, pi))
                .hasCandidateGroup(GROUP_ISMS_OFFICE)
                .hasFormKey(FORM_REVISE_RISK_ASSESSMENT)
                .isNotAssigned();

        // when the revision is done
        complete(task(TASK_REVISE_RISK_ASSESSMENT, pi));

        // then it is resubmitted and back with the CISO
        verify(resubmitDelegate, times(1)).execute(any());
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);
        assertThat(task(TASK_REVIEW_BY_CISO, pi)).hasCandidateGroup(GROUP_CISO);

        // when both approve
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        // then
        InOrder order = inOrder(returnDelegate, resubmitDelegate, freezeDelegate);
        order.verify(returnDelegate).execute(any());
        order.verify(resubmitDelegate).execute(any());
        order.verify(freezeDelegate).execute(any());
        order.verifyNoMoreInteractions();
        assertThat(pi).isEnded();
        Assertions.assertThat(activityPath(pi)).containsExactly(
                START_EVENT_SUBMITTED, TASK_REVIEW_BY_CISO, GATEWAY_CISO_DECISION,
                SERVICE_TASK_RETURN_FOR_REVISION, TASK_REVISE_RISK_ASSESSMENT, SERVICE_TASK_RESUBMIT,
                TASK_REVIEW_BY_CISO, GATEWAY_CISO_DECISION,
                TASK_APPROVE_RESIDUAL_RISKS, GATEWAY_TOP_MANAGEMENT_DECISION,
                SERVICE_TASK_FREEZE_ASSESSMENT, END_EVENT_APPROVED);
    }

    @Test
    @DisplayName("3. Top management rejects: revised, resubmitted, reviewed again, then approved")
    void topManagementRejects_assessmentIsRevisedAndGoesThroughBothApprovalsAgain() throws Exception {
        // given
        ProcessInstance pi = startProcess();
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));

        // when top management rejects
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_REJECT));

        // then the assessment goes back to the ISMS office, nothing is frozen
        verify(returnDelegate, times(1)).execute(any());
        verifyNoInteractions(freezeDelegate, resubmitDelegate);
        assertThat(pi).isWaitingAtExactly(TASK_REVISE_RISK_ASSESSMENT)
                .hasPassedInOrder(TASK_REVIEW_BY_CISO, TASK_APPROVE_RESIDUAL_RISKS,
                        GATEWAY_TOP_MANAGEMENT_DECISION, SERVICE_TASK_RETURN_FOR_REVISION)
                .hasNotPassed(SERVICE_TASK_FREEZE_ASSESSMENT);

        // when revised and resubmitted
        complete(task(TASK_REVISE_RISK_ASSESSMENT, pi));

        // then the CISO has to review it again (not top management directly)
        verify(resubmitDelegate, times(1)).execute(any());
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);

        // when both approve this time
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_RESIDUAL_RISKS);
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        // then
        verify(freezeDelegate, times(1)).execute(any());
        verify(returnDelegate, times(1)).execute(any());
        verify(resubmitDelegate, times(1)).execute(any());
        assertThat(pi).isEnded()
                .hasPassedInOrder(
                        START_EVENT_SUBMITTED,
                        TASK_REVIEW_BY_CISO, TASK_APPROVE_RESIDUAL_RISKS, SERVICE_TASK_RETURN_FOR_REVISION,
                        TASK_REVISE_RISK_ASSESSMENT, SERVICE_TASK_RESUBMIT,
                        TASK_REVIEW_BY_CISO, TASK_APPROVE_RESIDUAL_RISKS, SERVICE_TASK_FREEZE_ASSESSMENT,
                        END_EVENT_APPROVED);
        Assertions.assertThat(activityPath(pi)).containsExactly(
                START_EVENT_SUBMITTED, TASK_REVIEW_BY_CISO, GATEWAY_CISO_DECISION,
                TASK_APPROVE_RESIDUAL_RISKS, GATEWAY_TOP_MANAGEMENT_DECISION,
                SERVICE_TASK_RETURN_FOR_REVISION, TASK_REVISE_RISK_ASSESSMENT, SERVICE_TASK_RESUBMIT,
                TASK_REVIEW_BY_CISO, GATEWAY_CISO_DECISION,
                TASK_APPROVE_RESIDUAL_RISKS, GATEWAY_TOP_MANAGEMENT_DECISION,
                SERVICE_TASK_FREEZE_ASSESSMENT, END_EVENT_APPROVED);
    }

    // ------------------------------------------------------------------ user task attributes

    static Stream<Arguments> userTasks() {
        return Stream.of(
                Arguments.of(TASK_REVIEW_BY_CISO, "CISOレビュー", GROUP_CISO,
                        FORM_REVIEW_BY_CISO, PRIORITY_REVIEW_BY_CISO, DUE_DAYS_REVIEW_BY_CISO, 60, 5),
                Arguments.of(TASK_APPROVE_RESIDUAL_RISKS, "残留リスクの承認", GROUP_TOP_MANAGEMENT,
                        FORM_APPROVE_RESIDUAL_RISKS, PRIORITY_APPROVE_RESIDUAL_RISKS, DUE_DAYS_APPROVE_RESIDUAL_RISKS, 80, 7),
                Arguments.of(TASK_REVISE_RISK_ASSESSMENT, "修正・再提出", GROUP_ISMS_OFFICE,
                        FORM_REVISE_RISK_ASSESSMENT, PRIORITY_REVISE_RISK_ASSESSMENT, DUE_DAYS_REVISE_RISK_ASSESSMENT, 50, 10));
    }

    @ParameterizedTest(name = "4. {0} ({1}): group {2}, priority {4}, due {5} days after creation")
    @MethodSource("userTasks")
    void userTask_hasCandidateGroupFormKeyPriorityAndDueDate(String taskKey, String name, String group,
            String formKey, int priority, int dueDays, int expectedPriority, int expectedDueDays) {
        // the constants must hold the values agreed for the application
        Assertions.assertThat(priority).isEqualTo(expectedPriority);
        Assertions.assertThat(dueDays).isEqualTo(expectedDueDays);

        // given a process that reaches the task at a known point in time
        Instant created = NOW.plus(Duration.ofHours(3));
        ClockUtil.setCurrentTime(Date.from(created));
        ProcessInstance pi = startProcess();
        driveTo(pi, taskKey);

        // when
        Task task = task(taskKey, pi);

        // then
        assertThat(task)
                .hasDefinitionKey(taskKey)
                .hasName(name)
                .hasCandidateGroup(group)
                .hasFormKey(formKey)
                .isNotAssigned()
                .hasDueDate(Date.from(created.plus(Duration.ofDays(dueDays))));
        Assertions.assertThat(task.getPriority()).isEqualTo(priority);
        Assertions.assertThat(task.getCreateTime()).isEqualTo(Date.from(created));
        Assertions.assertThat(Duration.between(task.getCreateTime().toInstant(), task.getDueDate().toInstant()))
                .isEqualTo(Duration.ofDays(dueDays));
        // only the one candidate group
        Assertions.assertThat(processEngine.getTaskService().getIdentityLinksForTask(task.getId()))
                .singleElement()
                .satisfies(link -> {
                    Assertions.assertThat(link.getGroupId()).isEqualTo(group);
                    Assertions.assertThat(link.getType()).isEqualTo("candidate");
                });
    }

    @Test
    @DisplayName("4. The due date of the CISO review is recomputed when the assessment comes back")
    void resubmittedReviewTask_isDueRelativeToItsOwnCreation() {
        // given
        ProcessInstance pi = startProcess();
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_RETURN));

        // when revised 20 days later
        Instant resubmitted = NOW.plus(Duration.ofDays(20));
        ClockUtil.setCurrentTime(Date.from(resubmitted));
        complete(task(TASK_REVISE_RISK_ASSESSMENT, pi));

        // then
        assertThat(task(TASK_REVIEW_BY_CISO, pi))
                .hasDueDate(Date.from(resubmitted.plus(Duration.ofDays(DUE_DAYS_REVIEW_BY_CISO))));
    }

    // ------------------------------------------------------------------ transactional contract

    @Test
    @DisplayName("5. A failing freeze delegate rolls back the top-management approval")
    void failingFreezeDelegate_rollsBackTaskCompletion() throws Exception {
        // given
        ProcessInstance pi = startProcess();
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        Task approval = task(TASK_APPROVE_RESIDUAL_RISKS, pi);
        doThrow(new IllegalStateException("database down")).when(freezeDelegate).execute(any());

        // when
        assertThatThrownBy(() -> complete(approval, withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE)))
                // the delegate's runtime exception reaches the caller unchanged
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("database down");

        // then nothing of the completion was committed: same task, no decision, not ended
        verify(freezeDelegate, times(1)).execute(any());
        assertThat(pi).isNotEnded().isWaitingAtExactly(TASK_APPROVE_RESIDUAL_RISKS);
        Assertions.assertThat(task(TASK_APPROVE_RESIDUAL_RISKS, pi).getId()).isEqualTo(approval.getId());
        Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), VAR_TOP_MANAGEMENT_DECISION))
                .isNull();
        Assertions.assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("no async continuation / retry job may be created")
                .isZero();

        // when the cause is fixed and the task is completed again
        doNothing().when(freezeDelegate).execute(any());
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        // then
        verify(freezeDelegate, times(2)).execute(any());
        assertThat(pi).isEnded();
    }

    @Test
    @DisplayName("5. A failing return delegate rolls back the CISO's decision")
    void failingReturnDelegate_rollsBackCisoTaskCompletion() throws Exception {
        // given
        ProcessInstance pi = startProcess();
        Task review = task(TASK_REVIEW_BY_CISO, pi);
        doThrow(new IllegalStateException("optimistic lock")).when(returnDelegate).execute(any());

        // when
        assertThatThrownBy(() -> complete(review, withVariables(VAR_CISO_DECISION, DECISION_RETURN)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("optimistic lock");

        // then
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO).hasNotPassed(TASK_REVIEW_BY_CISO);
        Assertions.assertThat(task(TASK_REVIEW_BY_CISO, pi).getId()).isEqualTo(review.getId());
        Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), VAR_CISO_DECISION)).isNull();
    }

    @Test
    @DisplayName("5. A failing resubmit delegate leaves the revision task open")
    void failingResubmitDelegate_rollsBackRevisionTaskCompletion() throws Exception {
        // given
        ProcessInstance pi = startProcess();
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_RETURN));
        Task revision = task(TASK_REVISE_RISK_ASSESSMENT, pi);
        doThrow(new IllegalStateException("validation failed")).when(resubmitDelegate).execute(any());

        // when
        assertThatThrownBy(() -> complete(revision))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("validation failed");

        // then
        assertThat(pi).isWaitingAtExactly(TASK_REVISE_RISK_ASSESSMENT);
        Assertions.assertThat(task(TASK_REVISE_RISK_ASSESSMENT, pi).getId()).isEqualTo(revision.getId());
    }

    @Test
    @DisplayName("Unknown or missing decision values are refused (no default flow)")
    void unknownDecision_isRefusedAndTaskStaysOpen() {
        // given
        ProcessInstance pi = startProcess();

        // when / then: CISO may not "reject" (only top management rejects)
        assertThatThrownBy(() -> complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_REJECT)))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);

        // when / then: no decision at all
        assertThatThrownBy(() -> complete(task(TASK_REVIEW_BY_CISO, pi)))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);

        // when / then: top management may not "return"
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        assertThatThrownBy(() -> complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi),
                withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_RETURN)))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_RESIDUAL_RISKS);
        verifyNoInteractions(freezeDelegate, returnDelegate, resubmitDelegate);
    }

    // ------------------------------------------------------------------ business key and variables

    @Test
    @DisplayName("6. Business key and start variables are kept and visible to the delegates")
    void businessKeyAndVariables_areKeptThroughTheWholeProcess() throws Exception {
        // given delegates that record what they see
        List<String> seenByDelegates = new ArrayList<>();
        for (JavaDelegate delegate : List.of(freezeDelegate, returnDelegate, resubmitDelegate)) {
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                seenByDelegates.add(execution.getCurrentActivityId() + "|" + execution.getProcessBusinessKey()
                        + "|" + execution.getVariable(VAR_ASSESSMENT_ID) + "|" + execution.getVariable(VAR_SUBMITTED_BY));
                return null;
            }).when(delegate).execute(any());
        }

        // when started the way the application starts it
        ProcessInstance pi = startProcess();

        // then
        assertThat(pi).isStarted().hasBusinessKey(BUSINESS_KEY).hasProcessDefinitionKey(PROCESS_KEY)
                .variables()
                .containsEntry(VAR_ASSESSMENT_ID, ASSESSMENT_ID)
                .containsEntry(VAR_SUBMITTED_BY, SUBMITTER);
        LongValue typedId = processEngine.getRuntimeService().getVariableTyped(pi.getId(), VAR_ASSESSMENT_ID);
        Assertions.assertThat(typedId.getValue()).isInstanceOf(Long.class).isEqualTo(ASSESSMENT_ID);
        Assertions.assertThat(processEngine.getTaskService().createTaskQuery()
                .processInstanceBusinessKey(BUSINESS_KEY).taskDefinitionKey(TASK_REVIEW_BY_CISO).count()).isOne();

        // when it goes through every task once
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_REJECT));
        assertThat(pi).hasBusinessKey(BUSINESS_KEY)
                .variables().containsEntry(VAR_ASSESSMENT_ID, ASSESSMENT_ID).containsEntry(VAR_SUBMITTED_BY, SUBMITTER);
        complete(task(TASK_REVISE_RISK_ASSESSMENT, pi));
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        // then every delegate saw the business key and the variables
        String tail = "|" + BUSINESS_KEY + "|" + ASSESSMENT_ID + "|" + SUBMITTER;
        Assertions.assertThat(seenByDelegates).containsExactly(
                SERVICE_TASK_RETURN_FOR_REVISION + tail,
                SERVICE_TASK_RESUBMIT + tail,
                SERVICE_TASK_FREEZE_ASSESSMENT + tail);

        // and history keeps them after the end, with the last decisions
        assertThat(pi).isEnded();
        HistoricProcessInstance historic = historicProcessInstance(pi);
        Assertions.assertThat(historic.getBusinessKey()).isEqualTo(BUSINESS_KEY);
        Map<String, Object> historicVariables = new java.util.HashMap<>();
        for (HistoricVariableInstance v : processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list()) {
            historicVariables.put(v.getName(), v.getValue());
        }
        Assertions.assertThat(historicVariables)
                .containsEntry(VAR_ASSESSMENT_ID, ASSESSMENT_ID)
                .containsEntry(VAR_SUBMITTED_BY, SUBMITTER)
                .containsEntry(VAR_CISO_DECISION, DECISION_APPROVE)
                .containsEntry(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE);
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance startProcess() {
        return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
                withVariables(VAR_ASSESSMENT_ID, ASSESSMENT_ID, VAR_SUBMITTED_BY, SUBMITTER));
    }

    /** Completes tasks on the shortest way from a freshly started instance to the given user task. */
    private void driveTo(ProcessInstance pi, String taskKey) {
        switch (taskKey) {
            case TASK_REVIEW_BY_CISO -> { /* already there */ }
            case TASK_APPROVE_RESIDUAL_RISKS ->
                    complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
            case TASK_REVISE_RISK_ASSESSMENT ->
                    complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_RETURN));
            default -> throw new IllegalArgumentException(taskKey);
        }
        assertThat(pi).isWaitingAtExactly(taskKey);
    }

    /** Ids of all finished activities of the instance, in the order they occurred. */
    private List<String> activityPath(ProcessInstance pi) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .finished()
                .orderPartiallyByOccurrence().asc()
                .list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    private HistoricProcessInstance historicProcessInstance(ProcessInstance pi) {
        return processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(pi.getId()).singleResult();
    }
}
