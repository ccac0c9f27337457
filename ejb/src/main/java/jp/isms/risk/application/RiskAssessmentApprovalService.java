package jp.isms.risk.application;

import static jp.isms.processes.RiskAssessmentApproval.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.risk.domain.AssessmentStatus;
import jp.isms.risk.domain.Risk;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskAssessmentRepository;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Submitting an assessment for approval, and the domain side of the process's service tasks.
 * The delegates call these methods inside the engine's transaction, which is the caller's.
 */
@ApplicationScoped
@Transactional
public class RiskAssessmentApprovalService {

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ApprovalLog approvalLog;

    /** The ISMS office submits the newest version; returns the id of the started process instance. */
    public String submit(Actor actor, String businessKey, String comment) {
        actor.require(Role.ISMS_OFFICE);
        RiskAssessment assessment = assessments.latest(businessKey)
                .orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", businessKey));
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).active().count() > 0) {
            throw IsmsException.conflict("risk.assessment.approvalRunning", businessKey);
        }
        assessment.submit(actor.username());
        assessments.flush();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                Map.of(VAR_ASSESSMENT_ID, assessment.getId(), VAR_SUBMITTED_BY, actor.username()));
        approvalLog.append(new ApprovalRecord(RiskAssessmentApprovalSteps.subjectOf(assessment), instance.getId(),
                "submission", Decision.SUBMIT, actor.username(), actor.displayName(), Role.ISMS_OFFICE.groupId(),
                comment));
        return instance.getId();
    }

    public void returnForRevision(long assessmentId) {
        load(assessmentId).returnForRevision();
        assessments.flush();
    }

    /**
     * After the consolidation: a returned assessment is submitted again (a new fingerprint of the revised list);
     * on the first round the list is still the one submitted and stays locked.
     */
    public void resubmit(long assessmentId, String username) {
        RiskAssessment assessment = load(assessmentId);
        if (assessment.getStatus() != AssessmentStatus.IN_APPROVAL) {
            assessment.submit(username);
            assessments.flush();
        }
    }

    /** The codes of the departments with risks in the assessment ({@value #NO_DEPARTMENT} for risks without one), sorted. */
    public List<String> departments(long assessmentId) {
        return load(assessmentId).getRisks().stream()
                .map(r -> r.getDepartment() == null ? NO_DEPARTMENT : r.getDepartment().getCode())
                .distinct().sorted().toList();
    }

    /**
     * Whether top management must accept: some residual risk's level, by the assessment's method version, names
     * top management as acceptor. A risk rated before acceptors were recorded counts as needing it (safe side).
     */
    public boolean topManagementRequired(long assessmentId) {
        return load(assessmentId).getRisks().stream().map(Risk::getResidualAcceptor)
                .anyMatch(a -> a == null || GROUP_TOP_MANAGEMENT.equals(a));
    }

    /** Freezes the approved version and retires the version it replaces. */
    public void approve(long assessmentId) {
        RiskAssessment assessment = load(assessmentId);
        assessments.approvedVersion(assessment.getBusinessKey()).ifPresent(RiskAssessment::supersede);
        assessment.approve();
        assessments.flush();
    }

    private RiskAssessment load(long id) {
        return assessments.findById(id).orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", id));
    }
}
