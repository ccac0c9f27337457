package jp.isms.risk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.DepartmentRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.processes.RiskAssessmentApproval;
import jp.isms.risk.domain.RiskAssessment;
import jp.isms.risk.domain.RiskAssessmentRepository;
import jp.isms.risk.domain.RiskChange;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.riskmethod.application.RiskMethods;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.RuntimeService;

/** Reading and editing the risk register. Editing is the ISMS office's work. */
@ApplicationScoped
@Transactional
public class RiskRegister {

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    DepartmentRepository departments;

    @Inject
    CompanyRepository companies;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    RuntimeService runtimeService;

    @Inject
    RiskMethods methods;

    /** The assessment version asked for; with no key, the current one; with no version, the newest. */
    public Optional<AssessmentView> view(Actor actor, String businessKey, Integer version) {
        requireReader(actor);
        Optional<RiskAssessment> found;
        if (businessKey == null || businessKey.isBlank()) {
            found = assessments.current();
        } else if (version == null) {
            found = assessments.latest(businessKey);
        } else {
            found = assessments.find(businessKey, version);
        }
        return found.map(this::viewOf);
    }

    public AssessmentView byId(Actor actor, long id) {
        requireReader(actor);
        return assessments.findById(id).map(this::viewOf)
                .orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", id));
    }

    public AssessmentView require(Actor actor, String businessKey) {
        return view(actor, businessKey, null)
                .orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", businessKey));
    }

    /** A new, empty assessment under its own business key (e.g. {@code RA-2027-01}). */
    public AssessmentView createAssessment(Actor actor, String businessKey, String title) {
        actor.require(Role.ISMS_OFFICE);
        String key = businessKey == null ? null : businessKey.trim();
        if (key != null && assessments.latest(key).isPresent()) {
            throw IsmsException.conflict("risk.assessment.keyTaken", key);
        }
        RiskAssessment assessment = new RiskAssessment(companies.current().orElseThrow(), key, title,
                methods.current().getId());
        assessments.add(assessment);
        assessments.flush();
        return viewOf(assessment);
    }

    public Page<RiskRow> risks(Actor actor, Long assessmentId, PageRequest request) {
        requireReader(actor);
        Page<jp.isms.risk.domain.Risk> page = assessments.risks(assessmentId, request);
        return new Page<>(page.rows().stream().map(RiskRow::of).toList(), page.total());
    }

    /**
     * Changes one risk. On a frozen (approved) version the change goes into a new draft version;
     * the approved one stays exactly as it was approved. Returns the version that was changed.
     */
    public int reviseRisk(Actor actor, String businessKey, String riskNo, RiskChange change) {
        actor.require(Role.ISMS_OFFICE);
        RiskAssessment target = versionToEdit(businessKey);
        target.reviseRisk(riskNo, change, methods.methodFor(target.getMethodVersionId()));
        assessments.flush();
        return target.getVersion();
    }

    public String addRisk(Actor actor, String businessKey, String departmentCode, RiskChange values) {
        actor.require(Role.ISMS_OFFICE);
        Department department = departmentCode == null || departmentCode.isBlank() ? null
                : departments.findByCode(departmentCode)
                        .orElseThrow(() -> IsmsException.invalid("user.department.unknown", departmentCode));
        RiskAssessment target = versionToEdit(businessKey);
        String riskNo = target.addRisk(department, values, methods.methodFor(target.getMethodVersionId())).getRiskNo();
        assessments.flush();
        return riskNo;
    }

    /**
     * The ISMS office re-bases the newest version, which must be editable (a draft or returned, never an approved
     * one), onto the current method version: every risk is rescored, and the change is in the decision history
     * with the scores before and after in the comment.
     */
    public AssessmentView rebase(Actor actor, String businessKey) {
        actor.require(Role.ISMS_OFFICE);
        RiskAssessment assessment = assessments.latest(businessKey)
                .orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", businessKey));
        if (!assessment.getStatus().editable()) {
            throw IsmsException.conflict("method.rebaseNotEditable", "status." + assessment.getStatus().name());
        }
        int from = methods.versionNumber(assessment.getMethodVersionId());
        String before = scores(assessment);
        var method = methods.currentMethod();
        assessment.rebase(method);
        assessments.flush();
        int to = methods.versionNumber(method.versionId());
        approvalLog.append(new ApprovalRecord(RiskAssessmentApprovalSteps.subjectOf(assessment), null, "method-rebase",
                Decision.REBASE, actor.username(), actor.displayName(), Role.ISMS_OFFICE.groupId(),
                "v" + from + " → v" + to + ": " + before + " → " + scores(assessment)));
        return viewOf(assessment);
    }

    private static String scores(RiskAssessment assessment) {
        return assessment.getRisks().stream().map(r -> r.getRiskNo() + "=" + r.getInherentScore() + "/"
                + r.getResidualScore() + " " + r.getResidualLevel()).collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * The newest version, or a new draft after it when the newest is frozen by its approval. Public for the other
     * use cases that change risks (treatment, kept proposals); callers check the actor themselves.
     */
    public RiskAssessment versionToEdit(String businessKey) {
        RiskAssessment latest = assessments.latest(businessKey)
                .orElseThrow(() -> IsmsException.notFound("risk.assessment.unknown", businessKey));
        if (!latest.getStatus().frozen()) {
            return latest;
        }
        RiskAssessment next = latest.startNextVersion();
        assessments.add(next);
        return next;
    }

    AssessmentView viewOf(RiskAssessment a) {
        var method = methods.describe(a.getMethodVersionId());
        boolean running = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(RiskAssessmentApproval.PROCESS_KEY)
                .processInstanceBusinessKey(a.getBusinessKey()).active().count() > 0;
        return new AssessmentView(a.getId(), a.getBusinessKey(), a.getVersion(), a.getTitle(), a.getStatus(),
                a.getApprovedAt(), a.getApprovedFingerprint(),
                assessments.versions(a.getBusinessKey()).stream().map(RiskAssessment::getVersion).toList(),
                (int) assessments.countRisks(a.getId()), running, method.version(), method.kind().name(), method.scale(),
                approvalLog.forSubject(RiskAssessmentApprovalSteps.SUBJECT_TYPE, a.getBusinessKey()).stream()
                        .map(r -> new AssessmentView.DecisionView(r.getSubjectVersion(), r.getStep(), r.getDecision(),
                                r.getActorUsername(), r.getActorDisplayName(), r.getActorRole(), r.getOnBehalfOf(),
                                r.getDecidedAt(), r.getComment(), r.getContentSha256(), r.getProcessInstanceId()))
                        .toList());
    }

    private static void requireReader(Actor actor) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("risk.register.forbidden");
        }
    }
}
