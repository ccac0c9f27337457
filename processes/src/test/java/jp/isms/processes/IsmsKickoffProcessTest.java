package jp.isms.processes;

import static jp.isms.processes.IsmsKickoff.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
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
import org.mockito.InOrder;

/**
 * Runs {@value IsmsKickoff#RESOURCE} on the in-memory engine with its three delegates mocked: every path (approved
 * at once, returned once or twice and then approved), the tasks' groups, forms and due dates, and the transactional
 * contract (a failing delegate leaves the task open).
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = IsmsKickoff.RESOURCE)
class IsmsKickoffProcessTest {

    private static final String BUSINESS_KEY = "PJ-2026-01";
    private static final Long PROJECT_ID = 7L;
    private static final String SUBMITTER = "suzuki";
    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");

    ProcessEngine processEngine;

    private JavaDelegate baselineDelegate;
    private JavaDelegate returnDelegate;
    private JavaDelegate resubmitDelegate;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));
        baselineDelegate = mock(JavaDelegate.class, "baselineDelegate");
        returnDelegate = mock(JavaDelegate.class, "returnDelegate");
        resubmitDelegate = mock(JavaDelegate.class, "resubmitDelegate");
        Mocks.register(DELEGATE_BASELINE, baselineDelegate);
        Mocks.register(DELEGATE_RETURN, returnDelegate);
        Mocks.register(DELEGATE_RESUBMIT, resubmitDelegate);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    @DisplayName("Top management approves at once: the schedule is baselined and the process ends")
    void approvedAtOnce() throws Exception {
        // given
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_KICKOFF);

        // when
        complete(task(TASK_APPROVE_KICKOFF, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        // then
        verify(baselineDelegate, times(1)).execute(any());
        verifyNoInteractions(returnDelegate, resubmitDelegate);
        assertThat(pi).isEnded();
        Assertions.assertThat(path(pi)).containsExactly(START_EVENT_SUBMITTED, TASK_APPROVE_KICKOFF,
                GATEWAY_TOP_MANAGEMENT_DECISION, SERVICE_TASK_BASELINE, END_EVENT_APPROVED);
    }

    @Test
    @DisplayName("Returned: the office revises and resubmits, top management decides again and approves")
    void returnedRevisedResubmittedApproved() throws Exception {
        // given
        ProcessInstance pi = start();

        // when top management returns the kickoff
        complete(task(TASK_APPROVE_KICKOFF, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_RETURN));

        // then it is the office's to revise; nothing is baselined
        verify(returnDelegate, times(1)).execute(any());
        verifyNoInteractions(baselineDelegate, resubmitDelegate);
        assertThat(pi).isWaitingAtExactly(TASK_REVISE_KICKOFF);

        // when the office resubmits (another office member than the first submitter)
        complete(task(TASK_REVISE_KICKOFF, pi), withVariables(VAR_SUBMITTED_BY, "takahashi"));

        // then top management decides again, and the resubmitter is the one now excluded from deciding
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_KICKOFF).variables().containsEntry(VAR_SUBMITTED_BY, "takahashi");
        complete(task(TASK_APPROVE_KICKOFF, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));
        InOrder order = inOrder(returnDelegate, resubmitDelegate, baselineDelegate);
        order.verify(returnDelegate).execute(any());
        order.verify(resubmitDelegate).execute(any());
        order.verify(baselineDelegate).execute(any());
        order.verifyNoMoreInteractions();
        assertThat(pi).isEnded();
        Assertions.assertThat(path(pi)).containsExactly(START_EVENT_SUBMITTED, TASK_APPROVE_KICKOFF,
                GATEWAY_TOP_MANAGEMENT_DECISION, SERVICE_TASK_RETURN, TASK_REVISE_KICKOFF, SERVICE_TASK_RESUBMIT,
                TASK_APPROVE_KICKOFF, GATEWAY_TOP_MANAGEMENT_DECISION, SERVICE_TASK_BASELINE, END_EVENT_APPROVED);
    }

    @Test
    @DisplayName("Returned twice: the loop runs as often as needed")
    void returnedTwice() throws Exception {
        ProcessInstance pi = start();
        for (int round = 0; round < 2; round++) {
            complete(task(TASK_APPROVE_KICKOFF, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_RETURN));
            complete(task(TASK_REVISE_KICKOFF, pi), withVariables(VAR_SUBMITTED_BY, SUBMITTER));
        }
        complete(task(TASK_APPROVE_KICKOFF, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        verify(returnDelegate, times(2)).execute(any());
        verify(resubmitDelegate, times(2)).execute(any());
        verify(baselineDelegate, times(1)).execute(any());
        assertThat(pi).isEnded();
    }

    @Test
    @DisplayName("Each user task: its candidate group only, its form, priority and due date")
    void userTasks() {
        ProcessInstance pi = start();
        assertTask(task(TASK_APPROVE_KICKOFF, pi), "キックオフの承認", GROUP_TOP_MANAGEMENT, FORM_APPROVE_KICKOFF,
                PRIORITY_APPROVE_KICKOFF, DUE_DAYS_APPROVE_KICKOFF, NOW);

        Instant later = NOW.plus(Duration.ofDays(3));
        ClockUtil.setCurrentTime(Date.from(later));
        complete(task(TASK_APPROVE_KICKOFF, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_RETURN));
        assertTask(task(TASK_REVISE_KICKOFF, pi), "キックオフの修正・再提出", GROUP_ISMS_OFFICE, FORM_REVISE_KICKOFF,
                PRIORITY_REVISE_KICKOFF, DUE_DAYS_REVISE_KICKOFF, later);
    }

    @Test
    @DisplayName("A failing baseline delegate rolls the approval back: the task stays open, nothing is recorded")
    void failingBaselineRollsBack() throws Exception {
        // given
        ProcessInstance pi = start();
        Task approval = task(TASK_APPROVE_KICKOFF, pi);
        doThrow(new IllegalStateException("changed since submission")).when(baselineDelegate).execute(any());

        // when
        assertThatThrownBy(() -> complete(approval, withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE)))
                .isInstanceOf(IllegalStateException.class).hasMessage("changed since submission");

        // then
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_KICKOFF);
        Assertions.assertThat(task(TASK_APPROVE_KICKOFF, pi).getId()).isEqualTo(approval.getId());
        Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), VAR_TOP_MANAGEMENT_DECISION))
                .isNull();
        Assertions.assertThat(processEngine.getManagementService().createJobQuery().count()).isZero();

        // and once the cause is gone the same task completes
        doNothing().when(baselineDelegate).execute(any());
        complete(task(TASK_APPROVE_KICKOFF, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));
        assertThat(pi).isEnded();
    }

    @Test
    @DisplayName("A decision the gateway does not know, or none, is refused and the task stays open")
    void unknownDecisionRefused() {
        ProcessInstance pi = start();

        assertThatThrownBy(() -> complete(task(TASK_APPROVE_KICKOFF, pi),
                withVariables(VAR_TOP_MANAGEMENT_DECISION, "reject"))).isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> complete(task(TASK_APPROVE_KICKOFF, pi))).isInstanceOf(ProcessEngineException.class);

        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_KICKOFF);
        verifyNoInteractions(baselineDelegate, returnDelegate, resubmitDelegate);
    }

    private ProcessInstance start() {
        return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
                withVariables(VAR_PROJECT_ID, PROJECT_ID, VAR_SUBMITTED_BY, SUBMITTER));
    }

    private void assertTask(Task task, String name, String group, String formKey, int priority, int dueDays,
            Instant created) {
        assertThat(task).hasName(name).hasCandidateGroup(group).hasFormKey(formKey).isNotAssigned()
                .hasDueDate(Date.from(created.plus(Duration.ofDays(dueDays))));
        Assertions.assertThat(task.getPriority()).isEqualTo(priority);
        Assertions.assertThat(processEngine.getTaskService().getIdentityLinksForTask(task.getId())).singleElement()
                .satisfies(link -> Assertions.assertThat(link.getGroupId()).isEqualTo(group));
    }

    private List<String> path(ProcessInstance pi) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .finished().orderPartiallyByOccurrence().asc().list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }
}
