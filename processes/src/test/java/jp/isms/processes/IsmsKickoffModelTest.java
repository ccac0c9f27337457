package jp.isms.processes;

import static jp.isms.processes.IsmsKickoff.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Static checks of {@value IsmsKickoff#RESOURCE}: constants match, no async continuations, a complete diagram. */
class IsmsKickoffModelTest {

    private static BpmnModelInstance model;

    @BeforeAll
    static void readModel() throws Exception {
        try (InputStream in = IsmsKickoffModelTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
    }

    @Test
    void processAndElementsMatchTheConstants() {
        Process process = model.getModelElementById(PROCESS_KEY);
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        for (String id : new String[] { START_EVENT_SUBMITTED, GATEWAY_TOP_MANAGEMENT_DECISION, END_EVENT_APPROVED,
                TASK_APPROVE_KICKOFF, TASK_REVISE_KICKOFF, SERVICE_TASK_BASELINE, SERVICE_TASK_RETURN,
                SERVICE_TASK_RESUBMIT }) {
            assertThat((FlowNode) model.getModelElementById(id)).as(id).isNotNull();
        }
        assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
                .containsExactlyInAnyOrder(TASK_APPROVE_KICKOFF, TASK_REVISE_KICKOFF);
        Map<String, String> delegates = model.getModelElementsByType(ServiceTask.class).stream()
                .collect(Collectors.toMap(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression));
        assertThat(delegates).containsOnly(Map.entry(SERVICE_TASK_BASELINE, "${" + DELEGATE_BASELINE + "}"),
                Map.entry(SERVICE_TASK_RETURN, "${" + DELEGATE_RETURN + "}"),
                Map.entry(SERVICE_TASK_RESUBMIT, "${" + DELEGATE_RESUBMIT + "}"));
        SequenceFlow approved = model.getModelElementById(FLOW_APPROVED);
        assertThat(approved.getConditionExpression().getTextContent().trim())
                .isEqualTo("${" + VAR_TOP_MANAGEMENT_DECISION + " == '" + DECISION_APPROVE + "'}");
        SequenceFlow returned = model.getModelElementById(FLOW_RETURNED);
        assertThat(returned.getConditionExpression().getTextContent().trim())
                .isEqualTo("${" + VAR_TOP_MANAGEMENT_DECISION + " == '" + DECISION_RETURN + "'}");
        assertThat(ProcessResources.ALL).contains(RESOURCE);
    }

    @Test
    void noAsyncContinuationsAndADiagramForEveryElement() {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()).as(node.getId()).isFalse();
        }
        Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
        Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
        assertThat(shapes).extracting(s -> s.getBpmnElement().getId()).containsExactlyInAnyOrderElementsOf(
                model.getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId).toList());
        assertThat(edges).extracting(e -> e.getBpmnElement().getId()).containsExactlyInAnyOrderElementsOf(
                model.getModelElementsByType(SequenceFlow.class).stream().map(BaseElement::getId).toList());
        assertThat(edges).allSatisfy(e -> assertThat(e.getWaypoints()).hasSizeGreaterThanOrEqualTo(2));
    }
}
