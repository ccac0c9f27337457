package jp.isms.processes;

import static jp.isms.processes.CertificationCycleProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs {@value CertificationCycleProcess#RESOURCE} with {@value CertificationCycleProcess#AUDIT_RESOURCE} and a
 * stand-in for the certification context's {@code certification-audit} on the in-memory engine, moving the
 * engine's clock over the years: every audit waits for its preparation timer, the office prepares, the audit
 * runs; a negative result loops through the CISO's re-audit; a scope change arrives as a message.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = { CertificationCycleProcess.RESOURCE, CertificationCycleProcess.AUDIT_RESOURCE,
        "stand-in/certification-audit.bpmn" })
class CertificationCycleProcessTest {

    private static final String STAND_IN_TASK = "Task_StandInAudit";
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final int PREPARATION_WEEKS = 8;

    ProcessEngine processEngine;

    private JavaDelegate startPreparation;
    private JavaDelegate recordAudit;
    private JavaDelegate announceScopeChange;
    private final List<String> heldAudits = new ArrayList<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        startPreparation = mock(JavaDelegate.class, "startPreparation");
        recordAudit = mock(JavaDelegate.class, "recordAudit");
        announceScopeChange = mock(JavaDelegate.class, "announceScopeChange");
        Mocks.register(DELEGATE_START_PREPARATION, startPreparation);
        Mocks.register(DELEGATE_RECORD_AUDIT, recordAudit);
        Mocks.register(DELEGATE_ANNOUNCE_SCOPE_CHANGE, announceScopeChange);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    @Test
    @DisplayName("The memo's example over six years: certified February 2025 → surveillance Feb 2026, Feb 2027, "
            + "renewal Feb 2028; the renewed certificate's cycle → surveillance 2029, 2030, renewal 2031")
    void memoExampleOverTwoCycles() throws Exception {
        // given: certified on 15 February 2025 (cycle 1: 2025-02-15 – 2028-02-14; renewal planned a week early)
        clock(LocalDate.of(2025, 2, 15));
        ProcessInstance cycle1 = startCycle(1, "2026-02-15", "2027-02-15", "2028-02-07");

        // when the clock walks through the three years, then each audit comes exactly when its preparation is due
        walkThroughAudit(cycle1, KIND_SURVEILLANCE_1, LocalDate.of(2026, 2, 15));
        walkThroughAudit(cycle1, KIND_SURVEILLANCE_2, LocalDate.of(2027, 2, 15));
        walkThroughAudit(cycle1, KIND_RENEWAL, LocalDate.of(2028, 2, 7));
        BpmnAwareTests.assertThat(cycle1).isEnded().hasPassedInOrder(START_EVENT_CERTIFICATE_ISSUED,
                CALL_SURVEILLANCE_1, CALL_SURVEILLANCE_2, CALL_RENEWAL, END_EVENT_CYCLE_COMPLETED);

        // and the renewed certificate starts cycle 2 on the old anniversary (2028-02-15 – 2031-02-14)
        ProcessInstance cycle2 = startCycle(2, "2029-02-15", "2030-02-15", "2031-02-07");
        walkThroughAudit(cycle2, KIND_SURVEILLANCE_1, LocalDate.of(2029, 2, 15));
        walkThroughAudit(cycle2, KIND_SURVEILLANCE_2, LocalDate.of(2030, 2, 15));
        walkThroughAudit(cycle2, KIND_RENEWAL, LocalDate.of(2031, 2, 7));
        BpmnAwareTests.assertThat(cycle2).isEnded();

        assertThat(heldAudits).containsExactly("1 SURVEILLANCE_1 2026-02", "1 SURVEILLANCE_2 2027-02",
                "1 RENEWAL 2028-02", "2 SURVEILLANCE_1 2029-02", "2 SURVEILLANCE_2 2030-02", "2 RENEWAL 2031-02");
        verify(startPreparation, times(6)).execute(any());
        verify(recordAudit, times(6)).execute(any());
        verifyNoInteractions(announceScopeChange);
    }

    @Test
    @DisplayName("Not recommended: the CISO arranges a re-audit with a new date, the audit runs again and passes")
    void notRecommendedThenReaudit() throws Exception {
        clock(LocalDate.of(2025, 2, 15));
        ProcessInstance cycle = startCycle(1, "2026-02-15", "2027-02-15", "2028-02-07");
        clock(LocalDate.of(2025, 12, 21));
        executeDueTimers();
        ProcessInstance audit = auditInstance(cycle);
        BpmnAwareTests.complete(BpmnAwareTests.task(TASK_PREPARE_AUDIT, audit));

        completeStandIn(audit, OUTCOME_NOT_RECOMMENDED, 41L);

        Task reaudit = BpmnAwareTests.task(TASK_ARRANGE_REAUDIT, audit);
        assertThat(formKey(reaudit)).isEqualTo(FORM_CYCLE_TASK);
        assertThat(candidateGroups(reaudit)).containsExactly(GROUP_CISO);
        BpmnAwareTests.complete(reaudit, BpmnAwareTests.withVariables(VAR_PLANNED_DATE, "2026-03-20"));
        ProcessInstance standIn = standInOf(audit);
        assertThat(processEngine.getRuntimeService().getVariable(standIn.getId(), VAR_PLANNED_DATE))
                .isEqualTo("2026-03-20");
        completeStandIn(audit, OUTCOME_RECOMMENDED, 42L);

        BpmnAwareTests.assertThat(audit).isEnded().hasPassedInOrder(CALL_AUDIT, SERVICE_TASK_RECORD_AUDIT,
                GATEWAY_AUDIT_OUTCOME, TASK_ARRANGE_REAUDIT, CALL_AUDIT, SERVICE_TASK_RECORD_AUDIT,
                END_EVENT_AUDIT_PASSED);
        verify(recordAudit, times(2)).execute(any());
        BpmnAwareTests.assertThat(cycle).isWaitingAt(CALL_SURVEILLANCE_2);
    }

    @Test
    @DisplayName("Scope change: the message starts a scope-change audit beside the cycle; recommended → announced")
    void scopeChangeRecommended() throws Exception {
        ProcessInstance cycle = scopeChangeAudit(OUTCOME_RECOMMENDED);

        verify(announceScopeChange, times(1)).execute(any());
        BpmnAwareTests.assertThat(cycle).hasPassed(END_EVENT_SCOPE_CHANGE_ACCEPTED).isWaitingAt(CALL_SURVEILLANCE_1);
    }

    @Test
    @DisplayName("Scope change not recommended: recorded, nothing announced, the cycle goes on")
    void scopeChangeNotRecommended() throws Exception {
        ProcessInstance cycle = scopeChangeAudit(OUTCOME_NOT_RECOMMENDED);

        verifyNoInteractions(announceScopeChange);
        verify(recordAudit, times(1)).execute(any());
        BpmnAwareTests.assertThat(cycle).hasPassed(END_EVENT_SCOPE_CHANGE_REFUSED).isWaitingAt(CALL_SURVEILLANCE_1);
    }

    private ProcessInstance scopeChangeAudit(String outcome) {
        clock(LocalDate.of(2025, 2, 15));
        ProcessInstance cycle = startCycle(1, "2026-02-15", "2027-02-15", "2028-02-07");
        clock(LocalDate.of(2025, 6, 1));

        processEngine.getRuntimeService().createMessageCorrelation(MESSAGE_SCOPE_CHANGE)
                .processInstanceBusinessKey(businessKey(1)).setVariable(VAR_SCOPE_VERSION_ID, 5L).correlate();

        Task arrange = BpmnAwareTests.task(TASK_ARRANGE_SCOPE_CHANGE_AUDIT, cycle);
        assertThat(candidateGroups(arrange)).containsExactly(GROUP_ISMS_OFFICE);
        assertThat(formKey(arrange)).isEqualTo(FORM_CYCLE_TASK);
        BpmnAwareTests.complete(arrange, BpmnAwareTests.withVariables(VAR_PLANNED_DATE, "2025-07-10"));
        ProcessInstance standIn = standInOf(cycle);
        Map<String, Object> in = processEngine.getRuntimeService().getVariables(standIn.getId());
        assertThat(in).containsEntry(VAR_AUDIT_KIND, KIND_SCOPE_CHANGE).containsEntry(VAR_PLANNED_DATE, "2025-07-10")
                .containsEntry(VAR_CYCLE_NUMBER, 1).containsEntry(VAR_SCOPE_VERSION_ID, 5L);
        assertThat(standIn.getBusinessKey()).isEqualTo(businessKey(1));
        completeStandIn(cycle, outcome, 77L);
        BpmnAwareTests.assertThat(cycle).hasPassed(SERVICE_TASK_RECORD_SCOPE_CHANGE);
        return cycle;
    }

    /** Moves the clock to just before and then to the preparation start, prepares and holds the audit. */
    private void walkThroughAudit(ProcessInstance cycle, String kind, LocalDate planned) {
        ProcessInstance audit = auditInstance(cycle);
        LocalDate preparation = planned.minusWeeks(PREPARATION_WEEKS);
        Job timer = processEngine.getManagementService().createJobQuery().processInstanceId(audit.getId())
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(date(preparation));

        clock(preparation.minusDays(1));
        assertThat(executeDueTimers()).as("nothing is due the day before preparation").isZero();
        BpmnAwareTests.assertThat(audit).isWaitingAt(TIMER_PREPARATION);

        clock(preparation);
        assertThat(executeDueTimers()).isEqualTo(1);
        Task prepare = BpmnAwareTests.task(TASK_PREPARE_AUDIT, audit);
        assertThat(candidateGroups(prepare)).containsExactly(GROUP_ISMS_OFFICE);
        assertThat(formKey(prepare)).isEqualTo(FORM_CYCLE_TASK);
        assertThat(prepare.getDueDate()).as("due on the planned date").isEqualTo(date(planned));
        BpmnAwareTests.complete(prepare);

        clock(planned);
        Map<String, Object> in = processEngine.getRuntimeService().getVariables(standInOf(audit).getId());
        assertThat(in).containsEntry(VAR_AUDIT_KIND, kind).containsEntry(VAR_PLANNED_DATE, planned.toString());
        heldAudits.add(in.get(VAR_CYCLE_NUMBER) + " " + kind + " " + planned.toString().substring(0, 7));
        completeStandIn(audit, OUTCOME_RECOMMENDED, 100L + heldAudits.size());
        BpmnAwareTests.assertThat(audit).isEnded().hasPassed(END_EVENT_AUDIT_PASSED);
    }

    private ProcessInstance startCycle(int number, String s1, String s2, String renewal) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_CYCLE_ID, 10L + number);
        variables.put(VAR_CYCLE_NUMBER, number);
        variables.put(VAR_SURVEILLANCE_1_DATE, s1);
        variables.put(VAR_SURVEILLANCE_1_PREPARATION, preparation(s1));
        variables.put(VAR_SURVEILLANCE_2_DATE, s2);
        variables.put(VAR_SURVEILLANCE_2_PREPARATION, preparation(s2));
        variables.put(VAR_RENEWAL_DATE, renewal);
        variables.put(VAR_RENEWAL_PREPARATION, preparation(renewal));
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                businessKey(number), variables);
        BpmnAwareTests.assertThat(pi).isWaitingAt(CALL_SURVEILLANCE_1);
        return pi;
    }

    private static String preparation(String planned) {
        return LocalDate.parse(planned).minusWeeks(PREPARATION_WEEKS).atStartOfDay().toString();
    }

    private ProcessInstance auditInstance(ProcessInstance cycle) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(cycle.getId())
                .processDefinitionKey(AUDIT_PROCESS_KEY).singleResult();
    }

    private ProcessInstance standInOf(ProcessInstance parent) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent.getId())
                .processDefinitionKey(CALLED_AUDIT_PROCESS_KEY).singleResult();
    }

    private void completeStandIn(ProcessInstance parent, String outcome, long auditId) {
        ProcessInstance standIn = standInOf(parent);
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceId(standIn.getId())
                .taskDefinitionKey(STAND_IN_TASK).singleResult();
        processEngine.getTaskService().complete(task.getId(),
                Map.of(VAR_AUDIT_OUTCOME, outcome, VAR_AUDIT_ID, auditId));
    }

    private int executeDueTimers() {
        List<Job> due = processEngine.getManagementService().createJobQuery().timers().executable().list();
        due.forEach(job -> processEngine.getManagementService().executeJob(job.getId()));
        return due.size();
    }

    private String formKey(Task task) {
        return processEngine.getTaskService().createTaskQuery().taskId(task.getId()).initializeFormKeys()
                .singleResult().getFormKey();
    }

    private List<String> candidateGroups(Task task) {
        return processEngine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList();
    }

    private static void clock(LocalDate day) {
        ClockUtil.setCurrentTime(date(day));
    }

    private static Date date(LocalDate day) {
        return Date.from(LocalDateTime.of(day, java.time.LocalTime.MIDNIGHT).atZone(ZONE).toInstant());
    }
}
