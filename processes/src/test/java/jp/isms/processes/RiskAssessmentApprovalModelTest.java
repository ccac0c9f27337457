package jp.isms.processes;

import static jp.isms.processes.RiskAssessmentApproval.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Static checks of {@value RiskAssessmentApproval#RESOURCE} that need no engine:
 * the Java constants match the model, the model has no async continuations, and the
 * diagram is complete so that it opens in Camunda Modeler.
 */
class RiskAssessmentApprovalModelTest {

    private static BpmnModelInstance model;

    @BeforeAll
    static void readModel() throws Exception {
        try (InputStream in = RiskAssessmentApprovalModelTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
    }

    @Test
    @DisplayName("Process key, name, executable, history time to live")
    void process_isExecutableWithHistoryTimeToLive() {
        Process process = model.getModelElementById(PROCESS_KEY);
        assertThat(process).isNotNull();
        assertThat(process.getName()).isEqualTo("リスクアセスメント承認");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        assertThat(model.getModelElementsByType(Process.class)).hasSize(1);
    }

    @Test
    @DisplayName("Every id constant names an element of the expected type and name")
    void constants_matchModelElements() {
        assertElement(START_EVENT_SUBMITTED, "提出");
        assertElement(SERVICE_TASK_PLAN_DEPARTMENTS, "対象部門の特定");
        assertElement(TASK_CONFIRM_BY_DEPARTMENT, "部門リスクオーナーの確認");
        assertElement(TASK_CONSOLIDATE_BY_OFFICE, "ISMS事務局の取りまとめ");
        assertElement(SERVICE_TASK_RESUBMIT, "提出内容の確定");
        assertElement(TASK_REVIEW_BY_CISO, "CISOレビュー");
        assertElement(GATEWAY_CISO_DECISION, null);
        assertElement(SERVICE_TASK_ROUTE_ACCEPTANCE, "受容者の判定");
        assertElement(GATEWAY_TOP_MANAGEMENT_REQUIRED, null);
        assertElement(TASK_APPROVE_RESIDUAL_RISKS, "残留リスクの承認");
        assertElement(GATEWAY_TOP_MANAGEMENT_DECISION, null);
        assertElement(SERVICE_TASK_FREEZE_ASSESSMENT, "承認済みとして凍結");
        assertElement(END_EVENT_APPROVED, "承認済み");
        assertElement(SERVICE_TASK_RETURN_FOR_REVISION, "差戻し");

        assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
                .containsExactlyInAnyOrder(TASK_CONFIRM_BY_DEPARTMENT, TASK_CONSOLIDATE_BY_OFFICE, TASK_REVIEW_BY_CISO,
                        TASK_APPROVE_RESIDUAL_RISKS);
    }

    @Test
    @DisplayName("User task attributes match the constants")
    void userTasks_matchConstants() {
        assertUserTask(TASK_CONSOLIDATE_BY_OFFICE, GROUP_ISMS_OFFICE, FORM_CONSOLIDATE_BY_OFFICE,
                PRIORITY_CONSOLIDATE_BY_OFFICE, DUE_DAYS_CONSOLIDATE_BY_OFFICE);
        assertUserTask(TASK_REVIEW_BY_CISO, GROUP_CISO, FORM_REVIEW_BY_CISO, PRIORITY_REVIEW_BY_CISO, DUE_DAYS_REVIEW_BY_CISO);
        assertUserTask(TASK_APPROVE_RESIDUAL_RISKS, GROUP_TOP_MANAGEMENT, FORM_APPROVE_RESIDUAL_RISKS,
                PRIORITY_APPROVE_RESIDUAL_RISKS, DUE_DAYS_APPROVE_RESIDUAL_RISKS);
        assertUserTask(TASK_CONFIRM_BY_DEPARTMENT, null, FORM_CONFIRM_BY_DEPARTMENT,
                PRIORITY_CONFIRM_BY_DEPARTMENT, DUE_DAYS_CONFIRM_BY_DEPARTMENT);
    }

    @Test
    @DisplayName("The department task is parallel multi-instance over the departments, its candidates set by the risk owners' listener")
    void departmentTask_isParallelMultiInstanceWithRiskOwnerListener() {
        UserTask task = model.getModelElementById(TASK_CONFIRM_BY_DEPARTMENT);
        MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) task.getLoopCharacteristics();
        assertThat(loop).isNotNull();
        assertThat(loop.isSequential()).isFalse();
        assertThat(loop.getCamundaCollection()).isEqualTo("${" + BEAN_RISK_OWNERS + ".departments(" + VAR_DEPARTMENTS_TO_REVIEW + ")}");
        assertThat(loop.getCamundaElementVariable()).isEqualTo(VAR_DEPARTMENT);
        assertThat(task.getCamundaCandidateUsers()).isNull();
        List<CamundaTaskListener> listeners = task.getExtensionElements().getElementsQuery()
                .filterByType(CamundaTaskListener.class).list();
        assertThat(listeners).singleElement().satisfies(l -> {
            assertThat(l.getCamundaEvent()).isEqualTo("create");
            assertThat(l.getCamundaDelegateExpression()).isEqualTo("${" + BEAN_RISK_OWNERS + "}");
        });
    }

    @Test
    @DisplayName("Service tasks call the delegate beans named in the constants")
    void serviceTasks_useDelegateBeanNames() {
        Map<String, String> delegates = model.getModelElementsByType(ServiceTask.class).stream()
                .collect(Collectors.toMap(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression));
        assertThat(delegates).containsOnly(
                Map.entry(SERVICE_TASK_PLAN_DEPARTMENTS, "${" + DELEGATE_PLAN_DEPARTMENTS + "}"),
                Map.entry(SERVICE_TASK_RESUBMIT, "${" + DELEGATE_RESUBMIT + "}"),
                Map.entry(SERVICE_TASK_ROUTE_ACCEPTANCE, "${" + DELEGATE_ROUTE_ACCEPTANCE + "}"),
                Map.entry(SERVICE_TASK_FREEZE_ASSESSMENT, "${" + DELEGATE_FREEZE + "}"),
                Map.entry(SERVICE_TASK_RETURN_FOR_REVISION, "${" + DELEGATE_RETURN_FOR_REVISION + "}"));
    }

    @Test
    @DisplayName("Gateway conditions use the variable names and decision values of the constants")
    void conditions_useVariableNamesAndDecisionValues() {
        assertCondition(FLOW_CISO_APPROVED, GATEWAY_CISO_DECISION, SERVICE_TASK_ROUTE_ACCEPTANCE,
                "${" + VAR_CISO_DECISION + " == '" + DECISION_APPROVE + "'}");
        assertCondition(FLOW_CISO_RETURNED, GATEWAY_CISO_DECISION, SERVICE_TASK_RETURN_FOR_REVISION,
                "${" + VAR_CISO_DECISION + " == '" + DECISION_RETURN + "'}");
        assertCondition(FLOW_TOP_MANAGEMENT_REQUIRED, GATEWAY_TOP_MANAGEMENT_REQUIRED, TASK_APPROVE_RESIDUAL_RISKS,
                "${" + VAR_TOP_MANAGEMENT_REQUIRED + "}");
        assertCondition(FLOW_TOP_MANAGEMENT_NOT_REQUIRED, GATEWAY_TOP_MANAGEMENT_REQUIRED, SERVICE_TASK_FREEZE_ASSESSMENT,
                "${!" + VAR_TOP_MANAGEMENT_REQUIRED + "}");
        assertCondition(FLOW_TOP_MANAGEMENT_APPROVED, GATEWAY_TOP_MANAGEMENT_DECISION, SERVICE_TASK_FREEZE_ASSESSMENT,
                "${" + VAR_TOP_MANAGEMENT_DECISION + " == '" + DECISION_APPROVE + "'}");
        assertCondition(FLOW_TOP_MANAGEMENT_REJECTED, GATEWAY_TOP_MANAGEMENT_DECISION, SERVICE_TASK_RETURN_FOR_REVISION,
                "${" + VAR_TOP_MANAGEMENT_DECISION + " == '" + DECISION_REJECT + "'}");
    }

    @Test
    @DisplayName("No async continuations: task completion and delegates share one transaction")
    void noAsyncContinuations() {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.isCamundaAsyncBefore()).as("asyncBefore of " + node.getId()).isFalse();
            assertThat(node.isCamundaAsyncAfter()).as("asyncAfter of " + node.getId()).isFalse();
        }
    }

    @Test
    @DisplayName("Diagram: a shape for every node, an edge with waypoints for every flow, no overlapping shapes")
    void diagram_isComplete() {
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);

        assertThat(shapes).extracting(s -> s.getBpmnElement().getId())
                .containsExactlyInAnyOrderElementsOf(ids(model.getModelElementsByType(FlowNode.class)));
        assertThat(edges).extracting(e -> e.getBpmnElement().getId())
                .containsExactlyInAnyOrderElementsOf(ids(model.getModelElementsByType(SequenceFlow.class)));
        assertThat(edges).allSatisfy(e -> assertThat(e.getWaypoints()).hasSizeGreaterThanOrEqualTo(2));

        List<BpmnShape> list = List.copyOf(shapes);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                assertThat(overlap(list.get(i).getBounds(), list.get(j).getBounds()))
                        .as(list.get(i).getId() + " overlaps " + list.get(j).getId())
                        .isFalse();
            }
        }
    }

    @Test
    @DisplayName("ProcessResources.ALL lists every BPMN/DMN file of the module, each in its folder, and they exist")
    void processResources_listsEveryModel() throws Exception {
        assertThat(ProcessResources.ALL).contains(RESOURCE, RiskLevelDecision.RESOURCE).doesNotHaveDuplicates();
        for (String resource : ProcessResources.ALL) {
            assertThat(getClass().getClassLoader().getResource(resource)).as(resource).isNotNull();
        }
        assertThat(ProcessResources.ALL).allSatisfy(resource -> assertThat(resource).satisfiesAnyOf(
                r -> assertThat(r).startsWith(ProcessResources.FOLDER).endsWith(".bpmn"),
                r -> assertThat(r).startsWith(ProcessResources.DECISIONS_FOLDER).endsWith(".dmn")));

        // every model file anywhere in this module's classes, not only in the known folders
        Path classes = null;
        for (String folder : ProcessResources.FOLDERS) {
            URL url = getClass().getClassLoader().getResource(folder);
            assertThat(url).as(folder + " on the classpath").isNotNull();
            Path root = Path.of(url.toURI()).getParent();
            assertThat(classes == null || classes.equals(root)).as("all folders in one classes directory").isTrue();
            classes = root;
        }
        Path root = classes;
        List<String> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().endsWith(".bpmn") || f.toString().endsWith(".dmn"))
                    .map(f -> root.relativize(f).toString().replace(File.separatorChar, '/'))
                    .toList();
        }
        assertThat(files).as("model files in " + root).isNotEmpty();
        assertThat(ProcessResources.ALL).containsExactlyInAnyOrderElementsOf(files);
    }

    // ------------------------------------------------------------------ helpers

    private static void assertElement(String id, String name) {
        FlowNode node = model.getModelElementById(id);
        assertThat(node).as("element " + id).isNotNull();
        if (name != null) {
            assertThat(node.getName()).as("name of " + id).isEqualTo(name);
        }
    }

    private static void assertUserTask(String id, String group, String formKey, int priority, int dueDays) {
        UserTask task = model.getModelElementById(id);
        assertThat(task.getCamundaCandidateGroups()).isEqualTo(group);
        assertThat(task.getCamundaFormKey()).isEqualTo(formKey);
        assertThat(task.getCamundaPriority()).isEqualTo(String.valueOf(priority));
        assertThat(task.getCamundaDueDate()).isEqualTo("${dateTime().plusDays(" + dueDays + ").toDate()}");
        assertThat(task.getCamundaAssignee()).isNull();
    }

    private static void assertCondition(String flowId, String source, String target, String expression) {
        SequenceFlow flow = model.getModelElementById(flowId);
        assertThat(flow).as("flow " + flowId).isNotNull();
        assertThat(flow.getSource().getId()).isEqualTo(source);
        assertThat(flow.getTarget().getId()).isEqualTo(target);
        ConditionExpression condition = flow.getConditionExpression();
        assertThat(condition).as("condition of " + flowId).isNotNull();
        assertThat(condition.getTextContent().trim()).isEqualTo(expression);
    }

    private static List<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).toList();
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }
}
