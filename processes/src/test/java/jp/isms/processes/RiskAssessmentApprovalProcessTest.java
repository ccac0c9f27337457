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

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
import org.mockito.InOrder;

/**
 * Executes {@value RiskAssessmentApproval#RESOURCE} on an in-memory engine ({@code camunda.cfg.xml})
 * with the delegates replaced by Mockito mocks and the risk-owner routing by {@link RiskOwnersStub}.
 * Every path is covered: the parallel department tasks (multi-instance), the routing by level (no
 * top-management task when nothing needs it), returns and rejections to the chosen departments only,
 * and the transactional contract (a failing delegate rolls back the task completion).
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

    private JavaDelegate planDelegate;
    private JavaDelegate resubmitDelegate;
    private JavaDelegate routeDelegate;
    private JavaDelegate freezeDelegate;
    private JavaDelegate returnDelegate;
    private RiskOwnersStub riskOwners;

    /** What the plan delegate finds and the route delegate decides, per test. */
    private String departmentsWithRisks = "IT,SALES";
    private boolean topManagementRequired = true;

    /**
     * Stands in for the application's {@code riskOwners} bean: departments "IT" and "SALES" have a head
     * (groups {@code dept-head:IT}, {@code dept-head:SALES}); any other department falls back to the CISO.
     */
    public static class RiskOwnersStub implements TaskListener {
        public List<String> departments(String commaSeparated) {
            return Arrays.stream(commaSeparated.split(",")).filter(s -> !s.isBlank()).toList();
        }

        @Override
        public void notify(DelegateTask task) {
            String department = (String) task.getVariable(VAR_DEPARTMENT);
            boolean fallback = !Set.of("IT", "SALES").contains(department);
            if (fallback) {
                task.addCandidateGroup(GROUP_RISK_OWNER_FALLBACK);
            } else {
                task.addCandidateGroup(GROUP_RISK_OWNER_PREFIX + department);
            }
            task.setVariableLocal(VAR_RISK_OWNER_FALLBACK, fallback);
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(Date.from(NOW));

        planDelegate = mock(JavaDelegate.class, "planDelegate");
        resubmitDelegate = mock(JavaDelegate.class, "resubmitDelegate");
        routeDelegate = mock(JavaDelegate.class, "routeDelegate");
        freezeDelegate = mock(JavaDelegate.class, "freezeDelegate");
        returnDelegate = mock(JavaDelegate.class, "returnDelegate");
        doAnswer(i -> {
            ((DelegateExecution) i.getArgument(0)).setVariable(VAR_DEPARTMENTS_TO_REVIEW, departmentsWithRisks);
            return null;
        }).when(planDelegate).execute(any());
        doAnswer(i -> {
            ((DelegateExecution) i.getArgument(0)).setVariable(VAR_TOP_MANAGEMENT_REQUIRED, topManagementRequired);
            return null;
        }).when(routeDelegate).execute(any());
        riskOwners = new RiskOwnersStub();
        Mocks.register(DELEGATE_PLAN_DEPARTMENTS, planDelegate);
        Mocks.register(DELEGATE_RESUBMIT, resubmitDelegate);
        Mocks.register(DELEGATE_ROUTE_ACCEPTANCE, routeDelegate);
        Mocks.register(DELEGATE_FREEZE, freezeDelegate);
        Mocks.register(DELEGATE_RETURN_FOR_REVISION, returnDelegate);
        Mocks.register(BEAN_RISK_OWNERS, riskOwners);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    // ------------------------------------------------------------------ paths

    @Test
    @DisplayName("1. One task per department in parallel, then office, CISO, top management (a HIGH residual risk): frozen")
    void departmentsInParallel_thenOfficeCisoAndTopManagement_frozen() throws Exception {
        ProcessInstance pi = startProcess();

        // one task per department with risks, each for that department's head only
        assertThat(pi).isWaitingAt(TASK_CONFIRM_BY_DEPARTMENT).isNotWaitingAt(TASK_CONSOLIDATE_BY_OFFICE);
        List<Task> departmentTasks = departmentTasks(pi);
        Assertions.assertThat(departmentTasks).hasSize(2);
        Assertions.assertThat(departmentTasks).extracting(this::candidates)
                .containsExactlyInAnyOrder("group:dept-head:IT", "group:dept-head:SALES");

        // the multi-instance waits for every department
        complete(departmentTask(pi, "IT"));
        assertThat(pi).isWaitingAt(TASK_CONFIRM_BY_DEPARTMENT).isNotWaitingAt(TASK_CONSOLIDATE_BY_OFFICE);
        Assertions.assertThat(departmentTasks(pi)).hasSize(1);
        complete(departmentTask(pi, "SALES"));

        assertThat(pi).isWaitingAtExactly(TASK_CONSOLIDATE_BY_OFFICE);
        complete(task(TASK_CONSOLIDATE_BY_OFFICE, pi), withVariables(VAR_SUBMITTED_BY, SUBMITTER));
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_RESIDUAL_RISKS);
        verify(freezeDelegate, never()).execute(any());
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        assertThat(pi).isEnded().hasNotPassed(SERVICE_TASK_RETURN_FOR_REVISION);
        InOrder order = inOrder(planDelegate, resubmitDelegate, routeDelegate, freezeDelegate);
        order.verify(planDelegate).execute(any());
        order.verify(resubmitDelegate).execute(any());
        order.verify(routeDelegate).execute(any());
        order.verify(freezeDelegate).execute(any());
        verify(returnDelegate, never()).execute(any());
        Assertions.assertThat(activityPath(pi)).containsExactly(
                START_EVENT_SUBMITTED, SERVICE_TASK_PLAN_DEPARTMENTS,
                TASK_CONFIRM_BY_DEPARTMENT, TASK_CONFIRM_BY_DEPARTMENT,
                TASK_CONSOLIDATE_BY_OFFICE, SERVICE_TASK_RESUBMIT, TASK_REVIEW_BY_CISO, GATEWAY_CISO_DECISION,
                SERVICE_TASK_ROUTE_ACCEPTANCE, GATEWAY_TOP_MANAGEMENT_REQUIRED, TASK_APPROVE_RESIDUAL_RISKS,
                GATEWAY_TOP_MANAGEMENT_DECISION, SERVICE_TASK_FREEZE_ASSESSMENT, END_EVENT_APPROVED);
    }

    @Test
    @DisplayName("2. No residual risk needs top management: no top-management task, frozen after the CISO")
    void nothingNeedsTopManagement_noTopManagementTask() throws Exception {
        topManagementRequired = false;
        ProcessInstance pi = startProcess();
        confirmAll(pi);
        complete(task(TASK_CONSOLIDATE_BY_OFFICE, pi), withVariables(VAR_SUBMITTED_BY, SUBMITTER));
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));

        assertThat(pi).isEnded().hasNotPassed(TASK_APPROVE_RESIDUAL_RISKS, GATEWAY_TOP_MANAGEMENT_DECISION)
                .hasPassed(GATEWAY_TOP_MANAGEMENT_REQUIRED, SERVICE_TASK_FREEZE_ASSESSMENT, END_EVENT_APPROVED);
        Assertions.assertThat(processEngine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(pi.getId()).taskDefinitionKey(TASK_APPROVE_RESIDUAL_RISKS).count()).isZero();
        verify(freezeDelegate, times(1)).execute(any());
    }

    @Test
    @DisplayName("3. The CISO returns to one department: only that department confirms again, with the comment")
    void cisoReturnsToOneDepartment_onlyThatDepartmentGetsATask() throws Exception {
        ProcessInstance pi = startProcess();
        confirmAll(pi);
        complete(task(TASK_CONSOLIDATE_BY_OFFICE, pi), withVariables(VAR_SUBMITTED_BY, SUBMITTER));

        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_RETURN,
                VAR_DEPARTMENTS_TO_REVIEW, "SALES", VAR_RETURN_COMMENT, "R-005 の残留リスクが楽観的です"));

        verify(returnDelegate, times(1)).execute(any());
        List<Task> again = departmentTasks(pi);
        Assertions.assertThat(again).singleElement().satisfies(t -> {
            Assertions.assertThat(candidates(t)).isEqualTo("group:dept-head:SALES");
            Assertions.assertThat(processEngine.getTaskService().getVariable(t.getId(), VAR_RETURN_COMMENT))
                    .isEqualTo("R-005 の残留リスクが楽観的です");
        });
        complete(again.get(0));
        complete(task(TASK_CONSOLIDATE_BY_OFFICE, pi), withVariables(VAR_SUBMITTED_BY, SUBMITTER));
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));

        assertThat(pi).isEnded();
        verify(planDelegate, times(1)).execute(any());
        verify(resubmitDelegate, times(2)).execute(any());
        Assertions.assertThat(processEngine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(pi.getId()).taskDefinitionKey(TASK_CONFIRM_BY_DEPARTMENT).count()).isEqualTo(3);
    }

    @Test
    @DisplayName("4. Top management rejects to two departments: both confirm, then office, CISO and top management again")
    void topManagementRejects_backToTheChosenDepartments_throughEveryApprovalAgain() throws Exception {
        departmentsWithRisks = "IT,SALES,HR";
        ProcessInstance pi = startProcess();
        Assertions.assertThat(departmentTasks(pi)).hasSize(3);
        confirmAll(pi);
        complete(task(TASK_CONSOLIDATE_BY_OFFICE, pi), withVariables(VAR_SUBMITTED_BY, SUBMITTER));
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));

        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_REJECT,
                VAR_DEPARTMENTS_TO_REVIEW, "IT,HR", VAR_RETURN_COMMENT, "移転の根拠を追記すること"));

        verify(returnDelegate, times(1)).execute(any());
        verify(freezeDelegate, never()).execute(any());
        Assertions.assertThat(departmentTasks(pi)).extracting(t -> (String) processEngine.getTaskService()
                .getVariable(t.getId(), VAR_DEPARTMENT)).containsExactlyInAnyOrder("IT", "HR");
        confirmAll(pi);
        complete(task(TASK_CONSOLIDATE_BY_OFFICE, pi), withVariables(VAR_SUBMITTED_BY, SUBMITTER));
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);
        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));
        assertThat(pi).isEnded();
        verify(routeDelegate, times(2)).execute(any());
    }

    @Test
    @DisplayName("5. A department without a head: its task goes to the CISO and says so")
    void departmentWithoutHead_fallsBackToTheCiso() {
        departmentsWithRisks = "IT," + NO_DEPARTMENT;
        ProcessInstance pi = startProcess();

        Task fallback = departmentTask(pi, NO_DEPARTMENT);
        Assertions.assertThat(candidates(fallback)).isEqualTo("group:" + GROUP_CISO);
        Assertions.assertThat(processEngine.getTaskService().getVariableLocal(fallback.getId(), VAR_RISK_OWNER_FALLBACK))
                .isEqualTo(true);
        Task owned = departmentTask(pi, "IT");
        Assertions.assertThat(processEngine.getTaskService().getVariableLocal(owned.getId(), VAR_RISK_OWNER_FALLBACK))
                .isEqualTo(false);
    }

    // ------------------------------------------------------------------ task attributes

    static Stream<Arguments> userTasks() {
        return Stream.of(
                Arguments.of(TASK_CONFIRM_BY_DEPARTMENT, "部門リスクオーナーの確認", "group:dept-head:IT",
                        FORM_CONFIRM_BY_DEPARTMENT, PRIORITY_CONFIRM_BY_DEPARTMENT, DUE_DAYS_CONFIRM_BY_DEPARTMENT, 55, 7),
                Arguments.of(TASK_CONSOLIDATE_BY_OFFICE, "ISMS事務局の取りまとめ", "group:" + GROUP_ISMS_OFFICE,
                        FORM_CONSOLIDATE_BY_OFFICE, PRIORITY_CONSOLIDATE_BY_OFFICE, DUE_DAYS_CONSOLIDATE_BY_OFFICE, 50, 5),
                Arguments.of(TASK_REVIEW_BY_CISO, "CISOレビュー", "group:" + GROUP_CISO,
                        FORM_REVIEW_BY_CISO, PRIORITY_REVIEW_BY_CISO, DUE_DAYS_REVIEW_BY_CISO, 60, 5),
                Arguments.of(TASK_APPROVE_RESIDUAL_RISKS, "残留リスクの承認", "group:" + GROUP_TOP_MANAGEMENT,
                        FORM_APPROVE_RESIDUAL_RISKS, PRIORITY_APPROVE_RESIDUAL_RISKS, DUE_DAYS_APPROVE_RESIDUAL_RISKS, 80, 7));
    }

    @ParameterizedTest(name = "6. {0} ({1}): {2}, priority {4}, due {5} days after creation")
    @MethodSource("userTasks")
    void userTask_hasCandidatesFormKeyPriorityAndDueDate(String taskKey, String name, String candidates,
            String formKey, int priority, int dueDays, int expectedPriority, int expectedDueDays) {
        Assertions.assertThat(priority).isEqualTo(expectedPriority);
        Assertions.assertThat(dueDays).isEqualTo(expectedDueDays);
        departmentsWithRisks = "IT";
        Instant created = NOW.plus(Duration.ofHours(3));
        ClockUtil.setCurrentTime(Date.from(created));
        ProcessInstance pi = startProcess();
        driveTo(pi, taskKey);

        Task task = task(taskKey, pi);
        assertThat(task).hasDefinitionKey(taskKey).hasName(name).hasFormKey(formKey).isNotAssigned()
                .hasDueDate(Date.from(created.plus(Duration.ofDays(dueDays))));
        Assertions.assertThat(task.getPriority()).isEqualTo(priority);
        Assertions.assertThat(candidates(task)).as("only these candidates").isEqualTo(candidates);
    }

    // ------------------------------------------------------------------ transactional contract

    @Test
    @DisplayName("7. A failing freeze delegate rolls back the last approval")
    void failingFreezeDelegate_rollsBackTaskCompletion() throws Exception {
        ProcessInstance pi = startProcess();
        driveTo(pi, TASK_APPROVE_RESIDUAL_RISKS);
        Task approval = task(TASK_APPROVE_RESIDUAL_RISKS, pi);
        doThrow(new IllegalStateException("database down")).when(freezeDelegate).execute(any());

        assertThatThrownBy(() -> complete(approval, withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE)))
                .isInstanceOf(IllegalStateException.class).hasMessage("database down");

        assertThat(pi).isNotEnded().isWaitingAtExactly(TASK_APPROVE_RESIDUAL_RISKS);
        Assertions.assertThat(task(TASK_APPROVE_RESIDUAL_RISKS, pi).getId()).isEqualTo(approval.getId());
        Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), VAR_TOP_MANAGEMENT_DECISION)).isNull();
        Assertions.assertThat(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
                .as("no async continuation / retry job may be created").isZero();

        doNothing().when(freezeDelegate).execute(any());
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));
        assertThat(pi).isEnded();
    }

    @Test
    @DisplayName("7. A failing return delegate rolls back the CISO's return")
    void failingReturnDelegate_rollsBackCisoTaskCompletion() throws Exception {
        ProcessInstance pi = startProcess();
        driveTo(pi, TASK_REVIEW_BY_CISO);
        Task review = task(TASK_REVIEW_BY_CISO, pi);
        doThrow(new IllegalStateException("optimistic lock")).when(returnDelegate).execute(any());

        assertThatThrownBy(() -> complete(review, withVariables(VAR_CISO_DECISION, DECISION_RETURN,
                VAR_DEPARTMENTS_TO_REVIEW, "IT", VAR_RETURN_COMMENT, "x")))
                .isInstanceOf(IllegalStateException.class).hasMessage("optimistic lock");

        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);
        Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), VAR_CISO_DECISION)).isNull();
        Assertions.assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), VAR_DEPARTMENTS_TO_REVIEW))
                .isEqualTo("IT,SALES");
    }

    @Test
    @DisplayName("7. A failing resubmit delegate leaves the consolidation task open")
    void failingResubmitDelegate_rollsBackConsolidation() throws Exception {
        ProcessInstance pi = startProcess();
        driveTo(pi, TASK_CONSOLIDATE_BY_OFFICE);
        Task consolidation = task(TASK_CONSOLIDATE_BY_OFFICE, pi);
        doThrow(new IllegalStateException("changed")).when(resubmitDelegate).execute(any());

        assertThatThrownBy(() -> complete(consolidation, withVariables(VAR_SUBMITTED_BY, SUBMITTER)))
                .isInstanceOf(IllegalStateException.class).hasMessage("changed");
        assertThat(pi).isWaitingAtExactly(TASK_CONSOLIDATE_BY_OFFICE);
    }

    @Test
    @DisplayName("8. Unknown or missing decision values are refused (no default flow)")
    void unknownDecision_isRefusedAndTaskStaysOpen() {
        ProcessInstance pi = startProcess();
        driveTo(pi, TASK_REVIEW_BY_CISO);

        assertThatThrownBy(() -> complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_REJECT)))
                .isInstanceOf(ProcessEngineException.class);
        assertThatThrownBy(() -> complete(task(TASK_REVIEW_BY_CISO, pi))).isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_REVIEW_BY_CISO);

        complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        assertThatThrownBy(() -> complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi),
                withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_RETURN))).isInstanceOf(ProcessEngineException.class);
        assertThat(pi).isWaitingAtExactly(TASK_APPROVE_RESIDUAL_RISKS);
    }

    @Test
    @DisplayName("9. Business key and start variables are kept and visible to the delegates")
    void businessKeyAndVariables_areKept() throws Exception {
        List<String> seen = new java.util.ArrayList<>();
        doAnswer(i -> {
            DelegateExecution e = i.getArgument(0);
            seen.add(e.getProcessBusinessKey() + "|" + e.getVariable(VAR_ASSESSMENT_ID));
            return null;
        }).when(freezeDelegate).execute(any());
        ProcessInstance pi = startProcess();
        assertThat(pi).hasBusinessKey(BUSINESS_KEY).variables()
                .containsEntry(VAR_ASSESSMENT_ID, ASSESSMENT_ID).containsEntry(VAR_SUBMITTED_BY, SUBMITTER)
                .containsEntry(VAR_DEPARTMENTS_TO_REVIEW, "IT,SALES");
        driveTo(pi, TASK_APPROVE_RESIDUAL_RISKS);
        complete(task(TASK_APPROVE_RESIDUAL_RISKS, pi), withVariables(VAR_TOP_MANAGEMENT_DECISION, DECISION_APPROVE));
        Assertions.assertThat(seen).containsExactly(BUSINESS_KEY + "|" + ASSESSMENT_ID);
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance startProcess() {
        return processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, BUSINESS_KEY,
                withVariables(VAR_ASSESSMENT_ID, ASSESSMENT_ID, VAR_SUBMITTED_BY, SUBMITTER));
    }

    private void confirmAll(ProcessInstance pi) {
        departmentTasks(pi).forEach(t -> complete(t));
    }

    private List<Task> departmentTasks(ProcessInstance pi) {
        return processEngine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_CONFIRM_BY_DEPARTMENT).list();
    }

    private Task departmentTask(ProcessInstance pi, String department) {
        return departmentTasks(pi).stream()
                .filter(t -> department.equals(processEngine.getTaskService().getVariable(t.getId(), VAR_DEPARTMENT)))
                .findFirst().orElseThrow();
    }

    /** The candidates of a task as one string, e.g. {@code group:dept-head:IT} or {@code group:ciso}. */
    private String candidates(Task task) {
        return processEngine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map((IdentityLink l) -> l.getUserId() != null ? "user:" + l.getUserId() : "group:" + l.getGroupId())
                .sorted().reduce((a, b) -> a + "," + b).orElse("");
    }

    /** Completes tasks on the shortest way from a freshly started instance to the given user task. */
    private void driveTo(ProcessInstance pi, String taskKey) {
        if (!taskKey.equals(TASK_CONFIRM_BY_DEPARTMENT)) {
            confirmAll(pi);
        }
        if (taskKey.equals(TASK_REVIEW_BY_CISO) || taskKey.equals(TASK_APPROVE_RESIDUAL_RISKS)) {
            complete(task(TASK_CONSOLIDATE_BY_OFFICE, pi), withVariables(VAR_SUBMITTED_BY, SUBMITTER));
        }
        if (taskKey.equals(TASK_APPROVE_RESIDUAL_RISKS)) {
            complete(task(TASK_REVIEW_BY_CISO, pi), withVariables(VAR_CISO_DECISION, DECISION_APPROVE));
        }
        if (taskKey.equals(TASK_CONFIRM_BY_DEPARTMENT)) {
            assertThat(pi).isWaitingAt(taskKey);
        } else {
            assertThat(pi).isWaitingAtExactly(taskKey);
        }
    }

    /** Ids of all finished activities of the instance, in the order they occurred. */
    private List<String> activityPath(ProcessInstance pi) {
        return processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId()).finished().orderPartiallyByOccurrence().asc()
                .list().stream().map(HistoricActivityInstance::getActivityId)
                .filter(id -> !id.endsWith("#multiInstanceBody")).toList();
    }
}
