package jp.isms.processes;

import static jp.isms.processes.CertificationCycleProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Static checks of the cycle's two models: the constants match, no async continuations, a complete diagram. */
class CertificationCycleModelTest {

    private static BpmnModelInstance read(String resource) throws Exception {
        try (InputStream in = CertificationCycleModelTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(model);
            return model;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { RESOURCE, AUDIT_RESOURCE })
    void everyFlowElementHasADiagramShapeAndNothingIsAsync(String resource) throws Exception {
        BpmnModelInstance model = read(resource);
        var shapes = model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId())
                .collect(Collectors.toSet());
        var edges = model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId())
                .collect(Collectors.toSet());
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element instanceof SequenceFlow) {
                assertThat(edges).as(element.getId()).contains(element.getId());
            } else {
                assertThat(shapes).as(element.getId()).contains(element.getId());
            }
            if (element instanceof FlowNode node) {
                assertThat(node.isCamundaAsyncBefore() || node.isCamundaAsyncAfter()).as(node.getId()).isFalse();
            }
        }
        assertThat(ProcessResources.ALL).contains(resource);
    }

    @Test
    void theCycleCallsTheAuditProcessOncePerAuditWithItsKindAndDates() throws Exception {
        BpmnModelInstance model = read(RESOURCE);
        Map<String, String> kinds = Map.of(CALL_SURVEILLANCE_1, KIND_SURVEILLANCE_1, CALL_SURVEILLANCE_2,
                KIND_SURVEILLANCE_2, CALL_RENEWAL, KIND_RENEWAL);
        kinds.forEach((id, kind) -> {
            CallActivity call = model.getModelElementById(id);
            assertThat(call.getCalledElement()).isEqualTo(AUDIT_PROCESS_KEY);
            assertThat(call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list())
                    .anySatisfy(in -> {
                        assertThat(in.getCamundaTarget()).isEqualTo(VAR_AUDIT_KIND);
                        assertThat(in.getCamundaSourceExpression()).isEqualTo("${'" + kind + "'}");
                    });
        });
        CallActivity scopeChange = model.getModelElementById(CALL_SCOPE_CHANGE_AUDIT);
        assertThat(scopeChange.getCalledElement()).isEqualTo(CALLED_AUDIT_PROCESS_KEY);
        assertThat(((CallActivity) read(AUDIT_RESOURCE).getModelElementById(CALL_AUDIT)).getCalledElement())
                .isEqualTo(CALLED_AUDIT_PROCESS_KEY);
    }

    @Test
    void userTasksAndDelegatesMatchTheConstants() throws Exception {
        BpmnModelInstance cycle = read(RESOURCE);
        BpmnModelInstance audit = read(AUDIT_RESOURCE);
        UserTask arrange = cycle.getModelElementById(TASK_ARRANGE_SCOPE_CHANGE_AUDIT);
        UserTask prepare = audit.getModelElementById(TASK_PREPARE_AUDIT);
        UserTask reaudit = audit.getModelElementById(TASK_ARRANGE_REAUDIT);
        assertThat(arrange.getCamundaCandidateGroups()).isEqualTo(GROUP_ISMS_OFFICE);
        assertThat(prepare.getCamundaCandidateGroups()).isEqualTo(GROUP_ISMS_OFFICE);
        assertThat(reaudit.getCamundaCandidateGroups()).isEqualTo(GROUP_CISO);
        for (UserTask task : new UserTask[] { arrange, prepare, reaudit }) {
            assertThat(task.getCamundaFormKey()).isEqualTo(FORM_CYCLE_TASK);
        }
        assertThat(delegates(cycle)).containsOnly(Map.entry(SERVICE_TASK_RECORD_SCOPE_CHANGE, "${" + DELEGATE_RECORD_AUDIT + "}"),
                Map.entry(SERVICE_TASK_ANNOUNCE_SCOPE_CHANGE, "${" + DELEGATE_ANNOUNCE_SCOPE_CHANGE + "}"));
        assertThat(delegates(audit)).containsOnly(
                Map.entry(SERVICE_TASK_START_PREPARATION, "${" + DELEGATE_START_PREPARATION + "}"),
                Map.entry(SERVICE_TASK_RECORD_AUDIT, "${" + DELEGATE_RECORD_AUDIT + "}"));
        assertThat(cycle.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Message.class))
                .extracting(org.camunda.bpm.model.bpmn.instance.Message::getName).containsExactly(MESSAGE_SCOPE_CHANGE);
        for (String id : new String[] { START_EVENT_CERTIFICATE_ISSUED, END_EVENT_CYCLE_COMPLETED, START_EVENT_SCOPE_CHANGE,
                GATEWAY_SCOPE_CHANGE_OUTCOME, END_EVENT_SCOPE_CHANGE_ACCEPTED, END_EVENT_SCOPE_CHANGE_REFUSED,
                SUBPROCESS_SCOPE_CHANGE }) {
            assertThat((BaseElement) cycle.getModelElementById(id)).as(id).isNotNull();
        }
        for (String id : new String[] { START_EVENT_AUDIT, TIMER_PREPARATION, GATEWAY_AUDIT_OUTCOME, END_EVENT_AUDIT_PASSED }) {
            assertThat((BaseElement) audit.getModelElementById(id)).as(id).isNotNull();
        }
    }

    private static Map<String, String> delegates(BpmnModelInstance model) {
        return model.getModelElementsByType(ServiceTask.class).stream()
                .collect(Collectors.toMap(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression));
    }
}
