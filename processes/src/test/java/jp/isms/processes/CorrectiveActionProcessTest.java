package jp.isms.processes;

import static jp.isms.processes.CorrectiveAction.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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

/** Every path of {@value CorrectiveAction#RESOURCE}, the delegates replaced by mocks, the clock moved for the timer. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = CorrectiveAction.RESOURCE)
class CorrectiveActionProcessTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 2, 10, 0);

    ProcessEngine processEngine;

    private JavaDelegate approvePlan;
    private JavaDelegate returnPlan;
    private JavaDelegate recordOverdue;
    private JavaDelegate reopen;
    private JavaDelegate close;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(date(NOW));
        approvePlan = mock(JavaDelegate.class, "approvePlan");
        returnPlan = mock(JavaDelegate.class, "returnPlan");
        recordOverdue = mock(JavaDelegate.class, "recordOverdue");
        reopen = mock(JavaDelegate.class, "reopen");
        close = mock(JavaDelegate.class, "close");
        Mocks.register(DELEGATE_APPROVE_PLAN, approvePlan);
        Mocks.register(DELEGATE_RETURN_PLAN, returnPlan);
        Mocks.register(DELEGATE_RECORD_OVERDUE, recordOverdue);
        Mocks.register(DELEGATE_REOPEN, reopen);
        Mocks.register(DELEGATE_CLOSE, close);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private static Date date(LocalDateTime time) {
        return Date.from(time.atZone(TOKYO).toInstant());
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + "2026-001",
                Map.of(VAR_ACTION_ID, 7L, VAR_ACTION_NO, "CA-2026-001", VAR_RESPONSIBLE_GROUP, "dept-head:IT"));
    }

    /** Correction, root cause and a plan due on 30 November, by the department head. */
    private void planned(ProcessInstance pi) {
        assertThat(task(TASK_CORRECTION, pi)).hasCandidateGroup("dept-head:IT").hasFormKey(FORM);
        complete(task(TASK_CORRECTION, pi));
        assertThat(task(TASK_ROOT_CAUSE, pi)).hasCandidateGroup("dept-head:IT");
        complete(task(TASK_ROOT_CAUSE, pi));
        submitPlan(pi);
    }

    private void submitPlan(ProcessInstance pi) {
        Map<String, Object> plan = new HashMap<>();
        plan.put(VAR_OWNER, "owner1");
        plan.put(VAR_DUE_DATE, date(LocalDateTime.of(2026, 11, 30, 23, 59)));
        plan.put(VAR_FOLLOW_UP_DATE, date(LocalDateTime.of(2026, 11, 27, 9, 0)));
        plan.put(VAR_OVERDUE_AT, date(LocalDateTime.of(2026, 12, 1, 0, 0)));
        plan.put(VAR_SUBMITTED_BY, "depthead");
        complete(task(TASK_ACTION_PLAN, pi), plan);
        assertThat(task(TASK_APPROVE_PLAN, pi)).hasCandidateGroup(GROUP_ISMS_OFFICE).hasFormKey(FORM);
    }

    private void implemented(ProcessInstance pi) {
        complete(task(TASK_APPROVE_PLAN, pi), withVariables(VAR_PLAN_DECISION, DECISION_APPROVE));
        Task implement = task(TASK_IMPLEMENT, pi);
        assertThat(implement).isAssignedTo("owner1");
        assertThat(implement.getDueDate()).isEqualTo(date(LocalDateTime.of(2026, 11, 30, 23, 59)));
        assertThat(implement.getFollowUpDate()).isEqualTo(date(LocalDateTime.of(2026, 11, 27, 9, 0)));
        complete(implement, withVariables(VAR_SUBMITTED_BY, "owner1"));
        assertThat(task(TASK_VERIFY, pi)).hasCandidateGroup(GROUP_ISMS_OFFICE).hasCandidateGroup("internal-auditor");
    }

    @Test
    void aVerifiedActionCloses() throws Exception {
        ProcessInstance pi = start();
        planned(pi);
        implemented(pi);

        complete(task(TASK_VERIFY, pi), withVariables(VAR_VERIFICATION_DECISION, VERIFICATION_EFFECTIVE));

        verify(approvePlan).execute(any());
        verify(close).execute(any());
        verifyNoInteractions(returnPlan, reopen, recordOverdue);
        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_RAISED, TASK_CORRECTION, TASK_ROOT_CAUSE,
                TASK_ACTION_PLAN, TASK_APPROVE_PLAN, SERVICE_TASK_APPROVE_PLAN, TASK_IMPLEMENT, TASK_VERIFY,
                SERVICE_TASK_CLOSE, END_EVENT_CLOSED);
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("the overdue timer went with the implementation").isZero();
    }

    @Test
    void aReturnedPlanGoesBackToThePlannerAndNothingIsImplementedUntilApproved() throws Exception {
        ProcessInstance pi = start();
        planned(pi);

        complete(task(TASK_APPROVE_PLAN, pi), withVariables(VAR_PLAN_DECISION, DECISION_RETURN));

        verify(returnPlan).execute(any());
        verifyNoInteractions(approvePlan);
        assertThat(pi).isWaitingAtExactly(TASK_ACTION_PLAN);
        assertThat(task(TASK_ACTION_PLAN, pi)).hasCandidateGroup("dept-head:IT");
        submitPlan(pi);
        implemented(pi);
        verify(approvePlan).execute(any());
    }

    @Test
    void anOverdueImplementationIsEscalatedToTheCisoAndGoesOn() throws Exception {
        ProcessInstance pi = start();
        planned(pi);
        complete(task(TASK_APPROVE_PLAN, pi), withVariables(VAR_PLAN_DECISION, DECISION_APPROVE));
        Job timer = managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(date(LocalDateTime.of(2026, 12, 1, 0, 0)));
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable().count())
                .as("not due before the due date has passed").isZero();

        ClockUtil.setCurrentTime(date(LocalDateTime.of(2026, 12, 1, 0, 5)));
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).executable().count()).isEqualTo(1);
        managementService().executeJob(timer.getId());

        verify(recordOverdue).execute(any());
        assertThat(pi).isWaitingAt(TASK_IMPLEMENT, TASK_ESCALATION);
        assertThat(task(TASK_ESCALATION, pi)).hasCandidateGroup(GROUP_CISO).hasFormKey(FORM);
        complete(task(TASK_ESCALATION, pi));
        assertThat(pi).isWaitingAtExactly(TASK_IMPLEMENT).hasPassed(END_EVENT_ESCALATED);

        complete(task(TASK_IMPLEMENT, pi), withVariables(VAR_SUBMITTED_BY, "owner1"));
        complete(task(TASK_VERIFY, pi), withVariables(VAR_VERIFICATION_DECISION, VERIFICATION_EFFECTIVE));
        assertThat(pi).isEnded().hasPassed(END_EVENT_CLOSED);
    }

    @Test
    void aFailedVerificationReopensTheImplementation() throws Exception {
        ProcessInstance pi = start();
        planned(pi);
        implemented(pi);

        complete(task(TASK_VERIFY, pi), withVariables(VAR_VERIFICATION_DECISION, VERIFICATION_REOPEN_IMPLEMENTATION));

        verify(reopen).execute(any());
        verifyNoInteractions(close);
        assertThat(pi).isWaitingAtExactly(TASK_IMPLEMENT).hasPassed(SERVICE_TASK_REOPEN_IMPLEMENTATION);
        assertThat(task(TASK_IMPLEMENT, pi)).isAssignedTo("owner1");
        assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().count())
                .as("the overdue timer watches the reopened implementation").isEqualTo(1);
        complete(task(TASK_IMPLEMENT, pi), withVariables(VAR_SUBMITTED_BY, "owner1"));
        complete(task(TASK_VERIFY, pi), withVariables(VAR_VERIFICATION_DECISION, VERIFICATION_EFFECTIVE));
        assertThat(pi).isEnded();
        verify(close, times(1)).execute(any());
    }

    @Test
    void aFailedVerificationCanReopenThePlanWhichIsApprovedAgain() throws Exception {
        ProcessInstance pi = start();
        planned(pi);
        implemented(pi);

        complete(task(TASK_VERIFY, pi), withVariables(VAR_VERIFICATION_DECISION, VERIFICATION_REOPEN_PLAN));

        verify(reopen).execute(any());
        assertThat(pi).isWaitingAtExactly(TASK_ACTION_PLAN).hasPassed(SERVICE_TASK_REOPEN_PLAN);
        submitPlan(pi);
        implemented(pi);
        complete(task(TASK_VERIFY, pi), withVariables(VAR_VERIFICATION_DECISION, VERIFICATION_EFFECTIVE));
        assertThat(pi).isEnded();
        verify(approvePlan, times(2)).execute(any());
    }

    @Test
    void nothingClosesWithoutAVerificationDecision() {
        ProcessInstance pi = start();
        planned(pi);
        implemented(pi);
        Task verifyTask = task(TASK_VERIFY, pi);
        assertThatThrownBy(() -> taskService().complete(verifyTask.getId(), Map.of(VAR_VERIFICATION_DECISION, "later")))
                .isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_VERIFY);
        verifyNoInteractions(close);
    }

    @Test
    void theModelIsListedAmongTheResources() {
        assertThat(ProcessResources.ALL).contains(RESOURCE);
    }
}
