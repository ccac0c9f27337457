package jp.isms.project.application;

import static jp.isms.processes.IsmsKickoff.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.project.domain.CertificationProject;
import jp.isms.project.domain.CertificationProjectRepository;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Submitting the kickoff to top management, and the domain side of {@code isms-kickoff}'s service tasks, which the
 * delegates call inside the transaction that completes the task.
 */
@ApplicationScoped
@Transactional
public class KickoffApproval {

    @Inject
    CertificationProjectRepository projects;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ApprovalLog approvalLog;

    /** The ISMS office submits the project; returns the id of the started process instance. */
    public String submit(Actor actor, long projectId, String comment) {
        actor.require(Role.ISMS_OFFICE);
        CertificationProject project = load(projectId);
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(project.getProjectKey()).active().count() > 0) {
            throw IsmsException.conflict("project.approvalRunning", project.getProjectKey());
        }
        project.submit(actor.username());
        projects.flush();
        String instanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, project.getProjectKey(),
                Map.of(VAR_PROJECT_ID, project.getId(), VAR_SUBMITTED_BY, actor.username())).getId();
        approvalLog.append(new ApprovalRecord(KickoffSteps.subjectOf(project), instanceId, "submission",
                Decision.SUBMIT, actor.username(), actor.displayName(), Role.ISMS_OFFICE.groupId(), comment));
        return instanceId;
    }

    public void returnForRevision(long projectId) {
        load(projectId).returnForRevision();
        projects.flush();
    }

    public void resubmit(long projectId, String username) {
        load(projectId).submit(username);
        projects.flush();
    }

    /** Top management's commitment: the schedule becomes the baseline. */
    public void approve(long projectId) {
        load(projectId).approve(StandardSchedule.TEMPLATE);
        projects.flush();
    }

    private CertificationProject load(long id) {
        return projects.findById(id).orElseThrow(() -> IsmsException.notFound("project.unknown", id));
    }
}
