package jp.isms.processes;

import static jp.isms.processes.InternalAudit.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
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

/** Every path of {@value InternalAudit#RESOURCE}, the delegates replaced by mocks. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = InternalAudit.RESOURCE)
class InternalAuditProcessTest {

    ProcessEngine processEngine;

    private JavaDelegate approvePlan;
    private JavaDelegate returnPlan;
    private JavaDelegate recordReview;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        approvePlan = mock(JavaDelegate.class, "approvePlan");
        returnPlan = mock(JavaDelegate.class, "returnPlan");
        recordReview = mock(JavaDelegate.class, "recordReview");
        Mocks.register(DELEGATE_APPROVE_PLAN, approvePlan);
        Mocks.register(DELEGATE_RETURN_PLAN, returnPlan);
        Mocks.register(DELEGATE_RECORD_REVIEW, recordReview);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY_PREFIX + "2026-1",
                Map.of(VAR_AUDIT_ID, 7L, VAR_SUBMITTED_BY, "auditor"));
    }

    @Test
    void planApproved_auditConducted_reportReviewedByTopManagement() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_PLAN);
        assertThat(task(TASK_APPROVE_PLAN, pi)).hasCandidateGroup(GROUP_CISO).hasFormKey(FORM_APPROVE_PLAN);

        complete(task(TASK_APPROVE_PLAN, pi), withVariables(VAR_PLAN_DECISION, DECISION_APPROVE));
        verify(approvePlan).execute(any());
        assertThat(pi).isWaitingAtExactly(TASK_CONDUCT_AUDIT);
        assertThat(task(TASK_CONDUCT_AUDIT, pi)).hasCandidateGroup(GROUP_INTERNAL_AUDITOR).hasFormKey(FORM_AUDIT);

        complete(task(TASK_CONDUCT_AUDIT, pi));
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_REPORT);
        assertThat(task(TASK_REVIEW_REPORT, pi)).hasCandidateGroup(GROUP_TOP_MANAGEMENT).hasFormKey(FORM_REVIEW_REPORT);
        verifyNoInteractions(recordReview);

        complete(task(TASK_REVIEW_REPORT, pi), withVariables(VAR_REVIEW_COMMENT, "是正を急ぐこと"));
        verify(recordReview).execute(any());
        verifyNoInteractions(returnPlan);
        assertThat(pi).isEnded().hasPassedInOrder(START_EVENT_PLAN_SUBMITTED, TASK_APPROVE_PLAN, GATEWAY_PLAN_DECISION,
                SERVICE_TASK_RECORD_PLAN_APPROVAL, TASK_CONDUCT_AUDIT, TASK_REVIEW_REPORT, SERVICE_TASK_RECORD_REVIEW,
                END_EVENT_REVIEWED).hasNotPassed(TASK_REVISE_PLAN);
    }

    @Test
    void planReturned_goesBackToTheAuditorAndAgainToTheCiso() throws Exception {
        ProcessInstance pi = start();
        complete(task(TASK_APPROVE_PLAN, pi), withVariables(VAR_PLAN_DECISION, DECISION_RETURN));

        verify(returnPlan).execute(any());
        verifyNoInteractions(approvePlan);
        assertThat(pi).isWaitingAtExactly(TASK_REVISE_PLAN);
        assertThat(task(TASK_REVISE_PLAN, pi)).hasCandidateGroup(GROUP_INTERNAL_AUDITOR).hasFormKey(FORM_AUDIT);

        complete(task(TASK_REVISE_PLAN, pi));
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_PLAN);
        complete(task(TASK_APPROVE_PLAN, pi), withVariables(VAR_PLAN_DECISION, DECISION_RETURN));
        verify(returnPlan, times(2)).execute(any());
        complete(task(TASK_REVISE_PLAN, pi));
        complete(task(TASK_APPROVE_PLAN, pi), withVariables(VAR_PLAN_DECISION, DECISION_APPROVE));

        verify(approvePlan).execute(any());
        assertThat(pi).isWaitingAtExactly(TASK_CONDUCT_AUDIT).hasPassed(SERVICE_TASK_RECORD_PLAN_RETURN, TASK_REVISE_PLAN,
                GATEWAY_PLAN_SUBMITTED);
    }
}
