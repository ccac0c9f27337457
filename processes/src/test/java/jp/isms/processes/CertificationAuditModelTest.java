package jp.isms.processes;

import static jp.isms.processes.CertificationAudit.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Static checks of both certification models: listed, named delegates, forms and groups, diagram for every element. */
class CertificationAuditModelTest {

    private static BpmnModelInstance read(String resource) throws Exception {
        try (InputStream in = CertificationAuditModelTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(model);
            return model;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { CertificationAudit.RESOURCE, CertificationBodySelection.RESOURCE })
    void opensInTheModeler_everyNodeHasAShapeAndEveryFlowAnEdge(String resource) throws Exception {
        BpmnModelInstance model = read(resource);
        assertThat(ProcessResources.ALL).contains(resource);
        Process process = model.getModelElementsByType(Process.class).iterator().next();
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        List<String> shapes = model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()).toList();
        List<String> edges = model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()).toList();
        assertThat(shapes).containsAll(model.getModelElementsByType(FlowNode.class).stream().map(BaseElement::getId).toList());
        assertThat(edges).containsAll(model.getModelElementsByType(SequenceFlow.class).stream().map(BaseElement::getId).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = { CertificationAudit.RESOURCE })
    void theAuditsServiceTasksCallTheNamedDelegates_andTheOfficesTasksOpenTheirForms(String resource) throws Exception {
        BpmnModelInstance model = read(resource);
        Map<String, String> delegates = model.getModelElementsByType(ServiceTask.class).stream()
                .collect(Collectors.toMap(ServiceTask::getId, ServiceTask::getCamundaDelegateExpression));
        assertThat(delegates).containsOnly(Map.entry(SERVICE_TASK_OPEN, "${" + DELEGATE_OPEN + "}"),
                Map.entry(SERVICE_TASK_CHECK_STAGE1, "${" + DELEGATE_CHECK_STAGE1 + "}"),
                Map.entry(SERVICE_TASK_REFUSE, "${" + DELEGATE_REFUSE + "}"),
                Map.entry(SERVICE_TASK_CHECK_STAGE2, "${" + DELEGATE_CHECK_STAGE2 + "}"),
                Map.entry(SERVICE_TASK_ASSIGN_PREPARATION, "${" + DELEGATE_ASSIGN_PREPARATION + "}"),
                Map.entry(SERVICE_TASK_RECORD_OUTCOME, "${" + DELEGATE_RECORD_OUTCOME + "}"),
                Map.entry(SERVICE_TASK_MARK_RECOMMENDED, "${" + DELEGATE_MARK_RECOMMENDED + "}"));
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            if (TASK_PREPARE_INTERVIEW.equals(task.getId())) {
                assertThat(task.getCamundaAssignee()).isEqualTo("${" + VAR_PREPARER + "}");
                assertThat(task.getCamundaFormKey()).isEqualTo(FORM_TASK);
                continue;
            }
            assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isEqualTo(GROUP_ISMS_OFFICE);
            assertThat(task.getCamundaFormKey()).as(task.getId())
                    .isEqualTo(TASK_RECORD_CERTIFICATE.equals(task.getId()) ? FORM_CERTIFICATE : FORM_TASK);
        }
    }
}
