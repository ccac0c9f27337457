package jp.isms.processes;

import static jp.isms.processes.GovernanceApproval.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Executes {@value GovernanceApproval#RESOURCE} on an in-memory engine with the three delegates
 * mocked: every path of both approver chains (the scope: CISO then top management; the policy:
 * top management alone), the refusals of unknown decisions, and the shared transaction.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = GovernanceApproval.RESOURCE)
class GovernanceApprovalProcessTest {

    private static final Long DOCUMENT_ID = 7L;
    private static final String SUBMITTER = "suzuki";
    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    ProcessEngine processEngine;

    private JavaDelegate approveDelegate;
    private JavaDelegate returnDelegate;
    private JavaDelegate resubmitDelegate;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        approveDelegate = mock(JavaDelegate.class, "approveDelegate");
        returnDelegate = mock(JavaDelegate.class, "returnDelegate");
        resubmitDelegate = mock(JavaDelegate.class, "resubmitDelegate");
        Mocks.register(DELEGATE_APPROVE, approveDelegate);
        Mocks.register(DELEGATE_RETURN, returnDelegate);
        Mocks.register(DELEGATE_RESUBMIT, resubmitDelegate);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    // ------------------------------------------------------------------ the scope: CISO, then top management

    @Test
    @DisplayName("Scope: the CISO approves, top management approves, the version is approved")
    void scope_approvedByCisoAndTopManagement() throws Exception {
        ProcessInstance pi = start(DOCUMENT_SCOPE, true);
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);

        cisoDecides(pi, DECISION_APPROVE);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_BY_TOP_MANAGEMENT);
        topDecides(pi, DECISION_APPROVE);

        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_SUBMITTED, GATEWAY_CISO_REVIEW_REQUIRED,
                TASK_REVIEW_BY_CISO, TASK_APPROVE_BY_TOP_MANAGEMENT, SERVICE_TASK_APPROVE, END_EVENT_APPROVED);
        verify(approveDelegate, times(1)).execute(any());
        verifyNoInteractions(returnDelegate, resubmitDelegate);
    }

    @Test
    @DisplayName("Scope: returned by the CISO, revised and resubmitted, it comes back to the CISO")
    void scope_returnedByCiso_goesBackToTheCiso() throws Exception {
        ProcessInstance pi = start(DOCUMENT_SCOPE, true);

        cisoDecides(pi, DECISION_RETURN);
        assertThat(pi).isWaitingAtExactly(TASK_REVISE);
        verify(returnDelegate, times(1)).execute(any());
        complete(task(TASK_REVISE, pi));

        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);
        verify(resubmitDelegate, times(1)).execute(any());
        cisoDecides(pi, DECISION_APPROVE);
        topDecides(pi, DECISION_APPROVE);
        assertThat(pi).isEnded();
        Assertions.assertThat(activityPath(pi)).containsSubsequence(TASK_REVIEW_BY_CISO, SERVICE_TASK_RETURN,
                TASK_REVISE, SERVICE_TASK_RESUBMIT, TASK_REVIEW_BY_CISO, TASK_APPROVE_BY_TOP_MANAGEMENT,
                SERVICE_TASK_APPROVE);
    }

    @Test
    @DisplayName("Scope: rejected by top management, the revision goes through the CISO again")
    void scope_rejectedByTopManagement_isReviewedByTheCisoAgain() throws Exception {
        ProcessInstance pi = start(DOCUMENT_SCOPE, true);
        cisoDecides(pi, DECISION_APPROVE);

        topDecides(pi, DECISION_REJECT);
        assertThat(pi).isWaitingAtExactly(TASK_REVISE);
        complete(task(TASK_REVISE, pi));

        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);
        verifyNoInteractions(approveDelegate);
        verify(returnDelegate, times(1)).execute(any());
    }

    // ------------------------------------------------------------------ the policy: top management alone

    @Test
    @DisplayName("Policy: top management approves directly; no CISO task ever exists")
    void policy_approvedByTopManagementAlone() throws Exception {
        ProcessInstance pi = start(DOCUMENT_POLICY, false);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_BY_TOP_MANAGEMENT);

        topDecides(pi, DECISION_APPROVE);

        assertThat(pi).isEnded().hasNotPassed(TASK_REVIEW_BY_CISO)
                .hasPassedInOrder(GATEWAY_CISO_REVIEW_REQUIRED, TASK_APPROVE_BY_TOP_MANAGEMENT, SERVICE_TASK_APPROVE,
                        END_EVENT_APPROVED);
        verify(approveDelegate, times(1)).execute(any());
    }

    @Test
    @DisplayName("Policy: rejected by top management, revised, and back to top management")
    void policy_rejected_goesBackToTopManagement() throws Exception {
        ProcessInstance pi = start(DOCUMENT_POLICY, false);

        topDecides(pi, DECISION_REJECT);
        complete(task(TASK_REVISE, pi));

        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_BY_TOP_MANAGEMENT).hasNotPassed(TASK_REVIEW_BY_CISO);
        topDecides(pi, DECISION_APPROVE);
        assertThat(pi).isEnded();
        verify(returnDelegate, times(1)).execute(any());
        verify(resubmitDelegate, times(1)).execute(any());
        verify(approveDelegate, times(1)).execute(any());
    }

    // ------------------------------------------------------------------ refusals

    @Test
    @DisplayName("A start without the approver chain is refused")
    void startWithoutChain_isRefused() {
        assertThatThrownBy(() -> processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "SCOPE-v1",
                withVariables(VAR_DOCUMENT_TYPE, DOCUMENT_SCOPE, VAR_DOCUMENT_ID, DOCUMENT_ID, VAR_SUBMITTED_BY, SUBMITTER)))
                .isInstanceOf(ProcessEngineException.class);
        Assertions.assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    }

    @Test
    @DisplayName("Decisions a task does not offer are refused and the task stays open")
    void unknownDecisions_areRefused() {
        ProcessInstance pi = start(DOCUMENT_SCOPE, true);
        assertThatThrownBy(() -> cisoDecides(pi, DECISION_REJECT)).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> complete(task(TASK_REVIEW_BY_CISO, pi))).isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);

        cisoDecides(pi, DECISION_APPROVE);
        assertThatThrownBy(() -> topDecides(pi, DECISION_RETURN)).isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_BY_TOP_MANAGEMENT);
        verifyNoInteractions(approveDelegate, returnDelegate, resubmitDelegate);
    }

    // ------------------------------------------------------------------ tasks as the inbox shows them

    static Stream<Arguments> userTasks() {
        return Stream.of(
                Arguments.of(TASK_REVIEW_BY_CISO, "CISOレビュー", GROUP_CISO, FORM_REVIEW_BY_CISO, PRIORITY_REVIEW_BY_CISO,
                        DUE_DAYS_REVIEW_BY_CISO),
                Arguments.of(TASK_APPROVE_BY_TOP_MANAGEMENT, "トップマネジメントの承認", GROUP_TOP_MANAGEMENT,
                        FORM_APPROVE_BY_TOP_MANAGEMENT, PRIORITY_APPROVE_BY_TOP_MANAGEMENT,
                        DUE_DAYS_APPROVE_BY_TOP_MANAGEMENT),
                Arguments.of(TASK_REVISE, "修正・再提出", GROUP_ISMS_OFFICE, FORM_REVISE, PRIORITY_REVISE, DUE_DAYS_REVISE));
    }

    @ParameterizedTest(name = "{0}: group {2}, form {3}, priority {4}, due after {5} days")
    @MethodSource("userTasks")
    void userTask_hasGroupFormPriorityAndDueDate(String taskKey, String name, String group, String formKey,
            int priority, int dueDays) {
        ProcessInstance pi = start(DOCUMENT_SCOPE, true);
        if (TASK_APPROVE_BY_TOP_MANAGEMENT.equals(taskKey)) {
            cisoDecides(pi, DECISION_APPROVE);
        } else if (TASK_REVISE.equals(taskKey)) {
            cisoDecides(pi, DECISION_RETURN);
        }

        Task task = task(taskKey, pi);
        assertThat(task).hasName(name).hasCandidateGroup(group).hasFormKey(formKey).isNotAssigned()
                .hasDueDate(Date.from(NOW.plus(Duration.ofDays(dueDays))));
        Assertions.assertThat(task.getPriority()).isEqualTo(priority);
        Assertions.assertThat(processEngine.getTaskService().getIdentityLinksForTask(task.getId())).singleElement()
                .satisfies(link -> Assertions.assertThat(link.getGroupId()).isEqualTo(group));
    }

    // ------------------------------------------------------------------ transactional contract and variables

    @Test
    @DisplayName("A failing approve delegate rolls back top management's decision")
    void failingApproveDelegate_rollsBackTheDecision() throws Exception {
        ProcessInstance pi = start(DOCUMENT_POLICY, false);
        Task approval = task(TASK_APPROVE_BY_TOP_MANAGEMENT, pi);
        doThrow(new IllegalStateException("changed since submission")).when(approveDelegate).execute(any());

        assertThatThrownBy(() -> topDecides(pi, DECISION_APPROVE)).isInstanceOf(IllegalStateException.class)
                .hasMessage("changed since submission");

        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_BY_TOP_MANAGEMENT);
        Assertions.assertThat(task(TASK_APPROVE_BY_TOP_MANAGEMENT, pi).getId()).isEqualTo(approval.getId());
        Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), VAR_TOP_MANAGEMENT_DECISION))
                .isNull();
        doNothing().when(approveDelegate).execute(any());
        topDecides(pi, DECISION_APPROVE);
        assertThat(pi).isEnded();
    }

    @Test
    @DisplayName("Every delegate sees the document type, id and submitter")
    void delegates_seeTheDocument() throws Exception {
        List<String> seen = new ArrayList<>();
        for (JavaDelegate delegate : List.of(approveDelegate, returnDelegate, resubmitDelegate)) {
            doAnswer(invocation -> {
                DelegateExecution execution = invocation.getArgument(0);
                seen.add(execution.getCurrentActivityId() + "|" + execution.getProcessBusinessKey() + "|"
                        + execution.getVariable(VAR_DOCUMENT_TYPE) + "|" + execution.getVariable(VAR_DOCUMENT_ID) + "|"
                        + execution.getVariable(VAR_SUBMITTED_BY));
                return null;
            }).when(delegate).execute(any());
        }
        ProcessInstance pi = start(DOCUMENT_POLICY, false);
        topDecides(pi, DECISION_REJECT);
        complete(task(TASK_REVISE, pi));
        topDecides(pi, DECISION_APPROVE);

        String tail = "|POLICY-v1|policy|" + DOCUMENT_ID + "|" + SUBMITTER;
        Assertions.assertThat(seen).containsExactly(SERVICE_TASK_RETURN + tail, SERVICE_TASK_RESUBMIT + tail,
                SERVICE_TASK_APPROVE + tail);
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance start(String documentType, boolean cisoReview) {
        return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                documentType.toUpperCase(java.util.Locale.ROOT) + "-v1",
                withVariables(VAR_DOCUMENT_TYPE, documentType, VAR_DOCUMENT_ID, DOCUMENT_ID, VAR_SUBMITTED_BY, SUBMITTER,
                        VAR_CISO_REVIEW, cisoReview));
    }

    private static void cisoDecides(ProcessInstance pi, String decision) {
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, decision));
    }

    private static void topDecides(ProcessInstance pi, String decision) {
        complete(task(TASK_APPROVE_BY_TOP_MANAGEMENT, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, decision));
    }

    private List<String> activityPath(ProcessInstance pi) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .finished().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
