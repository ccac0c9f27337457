package jp.isms.processes;

import static jp.isms.processes.GovernanceApproval.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Static checks of {@value GovernanceApproval#RESOURCE}: constants match the model, it opens in the Modeler. */
class GovernanceApprovalModelTest {

    private static BpmnModelInstance model;

    @BeforeAll
    static void readModel() throws Exception {
        try (InputStream in = GovernanceApprovalModelTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void processIsExecutableWithHistoryTimeToLiveAndListedInProcessResources() {
        Process process = model.getModelElementById(PROCESS_KEY);
        assertThat(process.getName()).isEqualTo("ガバナンス文書の承認");
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        assertThat(ProcessResources.ALL).contains(RESOURCE);
    }

    @Test
    void serviceTasksCallTheNamedDelegates() {
        Map<String, String> delegates = model.getModelElementsByType(ServiceTask.class).stream()
                .collect(Collectors.toMap(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression));
        assertThat(delegates).containsOnly(Map.entry(SERVICE_TASK_APPROVE, "${" + DELEGATE_APPROVE + "}"),
                Map.entry(SERVICE_TASK_RETURN, "${" + DELEGATE_RETURN + "}"),
                Map.entry(SERVICE_TASK_RESUBMIT, "${" + DELEGATE_RESUBMIT + "}"));
        assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
                .containsExactlyInAnyOrder(TASK_REVIEW_BY_CISO, TASK_APPROVE_BY_TOP_MANAGEMENT, TASK_REVISE);
    }

    @Test
    void gatewayConditionsUseTheVariablesAndValuesOfTheConstants() {
        condition(FLOW_TO_CISO_REVIEW, GATEWAY_CISO_REVIEW_REQUIRED, "${" + VAR_CISO_REVIEW + " == true}");
        condition(FLOW_STRAIGHT_TO_TOP_MANAGEMENT, GATEWAY_CISO_REVIEW_REQUIRED, "${" + VAR_CISO_REVIEW + " == false}");
        condition(FLOW_CISO_APPROVED, GATEWAY_CISO_DECISION, "${" + VAR_CISO_DECISION + " == '" + DECISION_APPROVE + "'}");
        condition(FLOW_CISO_RETURNED, GATEWAY_CISO_DECISION, "${" + VAR_CISO_DECISION + " == '" + DECISION_RETURN + "'}");
        condition(FLOW_TOP_MANAGEMENT_APPROVED, GATEWAY_TOP_MANAGEMENT_DECISION,
                "${" + VAR_TOP_MANAGEMENT_DECISION + " == '" + DECISION_APPROVE + "'}");
        condition(FLOW_TOP_MANAGEMENT_REJECTED, GATEWAY_TOP_MANAGEMENT_DECISION,
                "${" + VAR_TOP_MANAGEMENT_DECISION + " == '" + DECISION_REJECT + "'}");
    }

    @Test
    void noAsyncContinuationsAndACompleteDiagram() {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()).as(node.getId()).isFalse();
        }
        assertThat(model.getModelElementsByType(BpmnShape.class)).extracting(s -> s.getBpmnElement().getId())
                .containsExactlyInAnyOrderElementsOf(model.getModelElementsByType(FlowNode.class).stream()
                        .map(FlowNode::getId).toList());
        assertThat(model.getModelElementsByType(BpmnEdge.class)).extracting(e -> e.getBpmnElement().getId())
                .containsExactlyInAnyOrderElementsOf(model.getModelElementsByType(SequenceFlow.class).stream()
                        .map(SequenceFlow::getId).toList());
    }

    private static void condition(String flowId, String source, String expression) {
        SequenceFlow flow = model.getModelElementById(flowId);
        assertThat(flow).as(flowId).isNotNull();
        assertThat(flow.getSource().getId()).isEqualTo(source);
        assertThat(flow.getConditionExpression().getTextContent().trim()).isEqualTo(expression);
    }
}
