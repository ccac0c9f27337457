package jp.isms.processes;

import static jp.isms.processes.CertificationAudit.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path of {@value CertificationAudit#RESOURCE}: readiness refusal, the fastest path, stage 2 recommended,
 * recommended once the minor nonconformities are corrected, not recommended with a re-audit, and a surveillance
 * audit called from a parent process the way the certification cycle calls it. The delegates are fakes that
 * record their calls and set the variables the application would set.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = CertificationAudit.RESOURCE)
class CertificationAuditProcessTest {

    ProcessEngine processEngine;

    private final List<String> calls = new ArrayList<>();
    private boolean readyForStage1 = true;
    private final List<Boolean> readyForStage2 = new ArrayList<>();
    private List<String> preparers = List.of("dept-sales", "top");
    private boolean minorsOpen = true;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        register(DELEGATE_OPEN, e -> {
            if (e.getVariable(VAR_AUDIT_ID) == null) {
                e.setVariable(VAR_AUDIT_ID, 42L);
            }
        });
        register(DELEGATE_CHECK_STAGE1, e -> e.setVariable(VAR_READY, readyForStage1));
        register(DELEGATE_REFUSE, e -> e.setVariable(VAR_AUDIT_OUTCOME, OUTCOME_NOT_RECOMMENDED));
        register(DELEGATE_CHECK_STAGE2, e -> e.setVariable(VAR_READY, readyForStage2.isEmpty() || readyForStage2.remove(0)));
        register(DELEGATE_ASSIGN_PREPARATION, e -> e.setVariable(VAR_PREPARERS, new ArrayList<>(preparers)));
        register(DELEGATE_RECORD_OUTCOME, e -> {
            e.setVariable(VAR_MINORS_OPEN, minorsOpen);
            if (RESULT_NOT_RECOMMENDED.equals(e.getVariable(VAR_STAGE2_RESULT))) {
                e.setVariable(VAR_AUDIT_OUTCOME, OUTCOME_NOT_RECOMMENDED);
            }
        });
        register(DELEGATE_MARK_RECOMMENDED, e -> e.setVariable(VAR_AUDIT_OUTCOME, OUTCOME_RECOMMENDED));
    }

    private void register(String name, JavaDelegate fake) {
        Mocks.register(name, (JavaDelegate) execution -> {
            calls.add(name);
            fake.execute(execution);
        });
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start(String kind) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_AUDIT_KIND, kind);
        variables.put(VAR_PLANNED_DATE, "2026-01-20");
        variables.put(VAR_CYCLE_NUMBER, KIND_INITIAL.equals(kind) ? null : 1);
        variables.put(VAR_SUBMITTED_BY, "office");
        return runtimeService().startProcessInstanceByKey(PROCESS_KEY, "CA-1", variables);
    }

    /** Schedules stage 2 and lets every person concerned prepare; the instance then waits for the outcome. */
    private void scheduleAndPrepare(ProcessInstance pi) {
        assertThat(pi).isWaitingAtExactly(TASK_SCHEDULE_STAGE2);
        assertThat(task(TASK_SCHEDULE_STAGE2, pi)).hasCandidateGroup(GROUP_ISMS_OFFICE).hasFormKey(FORM_TASK);
        complete(task(TASK_SCHEDULE_STAGE2, pi));
        List<Task> preparations = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_PREPARE_INTERVIEW).list();
        assertThat(preparations).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(preparers);
        preparations.forEach(t -> complete(t));
        assertThat(pi).isWaitingAtExactly(TASK_RECORD_STAGE2);
    }

    private void recordStage2(ProcessInstance pi, String result) {
        complete(task(TASK_RECORD_STAGE2, pi), withVariables(VAR_STAGE2_RESULT, result));
    }

    @Test
    void notReadyForStage1_theApplicationIsRefusedAndNothingIsAudited() {
        readyForStage1 = false;
        ProcessInstance pi = start(KIND_INITIAL);

        assertThat(pi).isEnded().hasPassedInOrder(SERVICE_TASK_OPEN, SERVICE_TASK_CHECK_STAGE1, SERVICE_TASK_REFUSE,
                END_EVENT_REFUSED).hasNotPassed(TASK_RECORD_STAGE1, TASK_SCHEDULE_STAGE2)
                .variables().containsEntry(VAR_AUDIT_OUTCOME, OUTCOME_NOT_RECOMMENDED).containsEntry(VAR_AUDIT_ID, 42L);
    }

    @Test
    void initialAudit_stage1ThenStage2Recommended_endsWhenTheCertificateIsRecorded() {
        ProcessInstance pi = start(KIND_INITIAL);
        assertThat(pi).isWaitingAtExactly(TASK_RECORD_STAGE1);
        assertThat(task(TASK_RECORD_STAGE1, pi)).hasCandidateGroup(GROUP_ISMS_OFFICE).hasFormKey(FORM_TASK);
        complete(task(TASK_RECORD_STAGE1, pi));

        scheduleAndPrepare(pi);
        recordStage2(pi, RESULT_RECOMMENDED);

        assertThat(pi).isWaitingAtExactly(TASK_RECORD_CERTIFICATE).variables()
                .containsEntry(VAR_AUDIT_OUTCOME, OUTCOME_RECOMMENDED);
        assertThat(task(TASK_RECORD_CERTIFICATE, pi)).hasFormKey(FORM_CERTIFICATE).hasCandidateGroup(GROUP_ISMS_OFFICE);
        complete(task(TASK_RECORD_CERTIFICATE, pi));
        assertThat(pi).isEnded().hasPassedInOrder(TASK_RECORD_STAGE1, SERVICE_TASK_CHECK_STAGE2, TASK_SCHEDULE_STAGE2,
                TASK_PREPARE_INTERVIEW, TASK_RECORD_STAGE2, SERVICE_TASK_MARK_RECOMMENDED, TASK_RECORD_CERTIFICATE,
                END_EVENT_CERTIFIED).hasNotPassed(TASK_COMPLETE_READINESS, TASK_SUBMIT_CORRECTIONS, TASK_DECIDE_REAUDIT);
    }

    @Test
    void fastestPath_stage1BeforeTheInternalAudit_stage2WaitsUntilItIsDone() {
        readyForStage2.addAll(List.of(false, false, true));
        ProcessInstance pi = start(KIND_INITIAL);
        complete(task(TASK_RECORD_STAGE1, pi));

        assertThat(pi).isWaitingAtExactly(TASK_COMPLETE_READINESS);
        complete(task(TASK_COMPLETE_READINESS, pi));
        assertThat(pi).isWaitingAtExactly(TASK_COMPLETE_READINESS);
        complete(task(TASK_COMPLETE_READINESS, pi));

        assertThat(pi).isWaitingAtExactly(TASK_SCHEDULE_STAGE2);
        assertThat(calls.stream().filter(DELEGATE_CHECK_STAGE2::equals)).hasSize(3);
    }

    @Test
    void minorNonconformities_waitForTheirCorrection_thenTheSubmission_thenTheRecommendation() {
        ProcessInstance pi = start(KIND_INITIAL);
        complete(task(TASK_RECORD_STAGE1, pi));
        scheduleAndPrepare(pi);
        recordStage2(pi, RESULT_MINOR_CORRECTIONS);

        assertThat(pi).isWaitingAtExactly(EVENT_MINORS_CORRECTED);
        assertThat(calls).doesNotContain(DELEGATE_MARK_RECOMMENDED);
        runtimeService().createMessageCorrelation(MESSAGE_MINORS_CORRECTED).processInstanceVariableEquals(VAR_AUDIT_ID, 42L)
                .correlate();

        assertThat(pi).isWaitingAtExactly(TASK_SUBMIT_CORRECTIONS);
        assertThat(calls).doesNotContain(DELEGATE_MARK_RECOMMENDED);
        complete(task(TASK_SUBMIT_CORRECTIONS, pi));
        assertThat(pi).isWaitingAtExactly(TASK_RECORD_CERTIFICATE).variables()
                .containsEntry(VAR_AUDIT_OUTCOME, OUTCOME_RECOMMENDED);
    }

    @Test
    void minorsCorrectedBeforeTheOutcomeIsRecorded_goStraightToTheSubmission() {
        minorsOpen = false;
        ProcessInstance pi = start(KIND_INITIAL);
        complete(task(TASK_RECORD_STAGE1, pi));
        scheduleAndPrepare(pi);
        recordStage2(pi, RESULT_MINOR_CORRECTIONS);

        assertThat(pi).isWaitingAtExactly(TASK_SUBMIT_CORRECTIONS);
        assertThat(pi).hasNotPassed(EVENT_MINORS_CORRECTED);
    }

    @Test
    void notRecommended_aReauditRunsStage2Again_givingUpEndsNotRecommended() {
        ProcessInstance pi = start(KIND_INITIAL);
        complete(task(TASK_RECORD_STAGE1, pi));
        scheduleAndPrepare(pi);
        recordStage2(pi, RESULT_NOT_RECOMMENDED);

        assertThat(pi).isWaitingAtExactly(TASK_DECIDE_REAUDIT).variables()
                .containsEntry(VAR_AUDIT_OUTCOME, OUTCOME_NOT_RECOMMENDED);
        complete(task(TASK_DECIDE_REAUDIT, pi), withVariables(VAR_REAUDIT, REAUDIT_YES));
        scheduleAndPrepare(pi);
        recordStage2(pi, RESULT_NOT_RECOMMENDED);
        complete(task(TASK_DECIDE_REAUDIT, pi), withVariables(VAR_REAUDIT, REAUDIT_NO));

        assertThat(pi).isEnded().hasPassed(END_EVENT_NOT_RECOMMENDED).hasNotPassed(SERVICE_TASK_MARK_RECOMMENDED)
                .variables().containsEntry(VAR_AUDIT_OUTCOME, OUTCOME_NOT_RECOMMENDED);
    }

    @Test
    void noOneToPrepare_theInterviewPreparationIsSkipped() {
        preparers = List.of();
        ProcessInstance pi = start(KIND_SCOPE_CHANGE);
        complete(task(TASK_SCHEDULE_STAGE2, pi));
        assertThat(pi).isWaitingAtExactly(TASK_RECORD_STAGE2);
    }

    @Test
    void surveillanceCalledByTheCycle_onlyStage2_returnsAuditIdAndOutcomeWithoutACertificate() {
        BpmnModelInstance caller = Bpmn.createExecutableProcess("test-cycle-caller").camundaHistoryTimeToLive(1)
                .startEvent()
                .callActivity("CallActivity_Audit").calledElement(PROCESS_KEY)
                .camundaIn(VAR_AUDIT_KIND, VAR_AUDIT_KIND).camundaIn(VAR_PLANNED_DATE, VAR_PLANNED_DATE)
                .camundaIn(VAR_CYCLE_NUMBER, VAR_CYCLE_NUMBER)
                .camundaOut(VAR_AUDIT_ID, VAR_AUDIT_ID).camundaOut(VAR_AUDIT_OUTCOME, VAR_AUDIT_OUTCOME)
                .userTask("Task_AfterAudit")
                .endEvent().done();
        repositoryService().createDeployment().addModelInstance("test-cycle-caller.bpmn", caller).deploy();
        ProcessInstance parent = runtimeService().startProcessInstanceByKey("test-cycle-caller",
                Map.of(VAR_AUDIT_KIND, KIND_SURVEILLANCE_1, VAR_PLANNED_DATE, "2027-02-10", VAR_CYCLE_NUMBER, 1));
        ProcessInstance audit = runtimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .superProcessInstanceId(parent.getId()).singleResult();

        assertThat(audit).isWaitingAtExactly(TASK_SCHEDULE_STAGE2);
        scheduleAndPrepare(audit);
        recordStage2(audit, RESULT_RECOMMENDED);

        assertThat(audit).isEnded().hasPassed(END_EVENT_RECOMMENDED).hasNotPassed(TASK_RECORD_STAGE1,
                SERVICE_TASK_CHECK_STAGE1, TASK_RECORD_CERTIFICATE);
        assertThat(parent).isWaitingAt("Task_AfterAudit").variables().containsEntry(VAR_AUDIT_ID, 42L)
                .containsEntry(VAR_AUDIT_OUTCOME, OUTCOME_RECOMMENDED);
    }

    @Test
    void renewal_endsWithTheNewCertificate() {
        ProcessInstance pi = start(KIND_RENEWAL);
        scheduleAndPrepare(pi);
        recordStage2(pi, RESULT_RECOMMENDED);
        assertThat(pi).isWaitingAtExactly(TASK_RECORD_CERTIFICATE);
        complete(task(TASK_RECORD_CERTIFICATE, pi));
        assertThat(pi).isEnded().hasPassed(END_EVENT_CERTIFIED);
    }

    @Test
    void anAuditIdPassedByTheApplicationIsKept() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY,
                Map.of(VAR_AUDIT_KIND, KIND_INITIAL, VAR_PLANNED_DATE, "2026-01-20", VAR_AUDIT_ID, 7L));
        assertThat(pi).variables().containsEntry(VAR_AUDIT_ID, 7L);
    }
}
