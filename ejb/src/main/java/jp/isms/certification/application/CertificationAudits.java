package jp.isms.certification.application;

import static jp.isms.processes.CertificationAudit.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.isms.certification.domain.Audit;
import jp.isms.certification.domain.AuditStatus;
import jp.isms.certification.domain.AuditType;
import jp.isms.certification.domain.CertificationRepository;
import jp.isms.certification.domain.CertificationStatus;
import jp.isms.certification.domain.Finding;
import jp.isms.certification.domain.Stage2Result;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.DepartmentRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.scope.domain.ScopeRepository;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.NonconformityClosed;
import jp.isms.shared.domain.NonconformityRaised;
import jp.isms.shared.domain.NonconformitySource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The audits of the certification body: applying (behind the readiness check), recording stage 1, the stage 2
 * schedule, the findings and the body's conclusion. Recording is the ISMS office's work; the steps of
 * {@code certification-audit} are completed from the inbox ({@link CertificationAuditSteps}). Each major or
 * minor nonconformity raises {@link NonconformityRaised} so that a corrective action starts; the closing of the
 * last minor one lets the audit go on.
 */
@ApplicationScoped
@Transactional
public class CertificationAudits {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    CertificationRepository repository;

    @Inject
    CertificationReadiness readiness;

    @Inject
    CertificationBodies bodies;

    @Inject
    DepartmentRepository departments;

    @Inject
    UserRepository users;

    @Inject
    ScopeRepository scopes;

    @Inject
    RuntimeService runtimeService;

    @Inject
    Event<NonconformityRaised> raised;

    public List<AuditView> list(Actor actor) {
        CertificationBodies.requireReader(actor);
        return repository.audits().stream().map(a -> AuditView.of(a, actor.locale())).toList();
    }

    public AuditView view(Actor actor, long auditId) {
        CertificationBodies.requireReader(actor);
        return AuditView.of(audit(auditId), actor.locale());
    }

    /**
     * The ISMS office applies for the initial audit with the chosen body. Refused with the list of what is
     * missing while the company is not ready for stage 1 (as the CISO configured it).
     */
    public AuditView apply(Actor actor, LocalDate plannedDate) {
        actor.require(Role.ISMS_OFFICE);
        var body = bodies.chosenBody().orElseThrow(() -> IsmsException.conflict("certification.apply.noBody"));
        if (repository.audits().stream().anyMatch(a -> a.getKind() == AuditType.INITIAL
                && a.getStatus() != AuditStatus.REFUSED && a.getStatus() != AuditStatus.NOT_RECOMMENDED)) {
            throw IsmsException.conflict("certification.apply.running");
        }
        List<String> missing = readiness.missingForStage1();
        if (!missing.isEmpty()) {
            throw IsmsException.invalid("certification.apply.notReady", String.join(", ", missing));
        }
        Audit audit = open(AuditType.INITIAL, plannedDate, null, approvedScopeVersion());
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_AUDIT_KIND, KIND_INITIAL);
        variables.put(VAR_PLANNED_DATE, plannedDate.toString());
        variables.put(VAR_CYCLE_NUMBER, null);
        variables.put(VAR_AUDIT_ID, audit.getId());
        variables.put(VAR_SUBMITTED_BY, actor.username());
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, audit.getReference(), variables);
        audit.startedAs(instance.getId());
        return AuditView.of(audit, actor.locale());
    }

    /** Creates the audit record; the reference reads {@code CB-2026-INITIAL} (a suffix when it exists). */
    Audit open(AuditType kind, LocalDate plannedDate, Integer cycleNumber, Long scopeVersionId) {
        String base = "CB-" + plannedDate.getYear() + "-" + kind.name();
        String reference = base;
        for (int n = 2; repository.auditByReference(reference).isPresent(); n++) {
            reference = base + "-" + n;
        }
        Audit audit = new Audit(reference, kind, plannedDate, cycleNumber, scopeVersionId,
                bodies.chosenBody().orElse(null));
        repository.add(audit);
        repository.flush();
        return audit;
    }

    private Long approvedScopeVersion() {
        return scopes.approved().map(v -> v.getId()).orElse(null);
    }

    public AuditView recordStage1Held(Actor actor, long auditId, LocalDate date) {
        actor.require(Role.ISMS_OFFICE);
        Audit audit = audit(auditId);
        audit.stage1Held(date);
        repository.flush();
        return AuditView.of(audit, actor.locale());
    }

    public AuditView scheduleStage2(Actor actor, long auditId, LocalDate date) {
        actor.require(Role.ISMS_OFFICE);
        Audit audit = audit(auditId);
        audit.scheduleStage2(date);
        repository.flush();
        return AuditView.of(audit, actor.locale());
    }

    /** An interview of a department (its code) or, without a department, of top management. */
    public AuditView addInterview(Actor actor, long auditId, LocalDateTime startsAt, String departmentCode,
            String preparer, String topic) {
        actor.require(Role.ISMS_OFFICE);
        Audit audit = audit(auditId);
        Department department = departmentCode == null || departmentCode.isBlank() ? null
                : departments.findByCode(departmentCode).orElseThrow(
                        () -> IsmsException.invalid("certification.interview.unknownDepartment", departmentCode));
        if (preparer == null || users.findByUsername(preparer).isEmpty()) {
            throw IsmsException.invalid("certification.interview.unknownPreparer", preparer == null ? "" : preparer);
        }
        audit.addInterview(startsAt, department, preparer, topic);
        repository.flush();
        return AuditView.of(audit, actor.locale());
    }

    /** The body's finding; a nonconformity starts a corrective action in the same transaction. */
    public AuditView addFinding(Actor actor, long auditId, FindingInput input) {
        actor.require(Role.ISMS_OFFICE);
        if (input.grade() == null) {
            throw IsmsException.invalid("validation.required", "certification.finding.grade");
        }
        Audit audit = audit(auditId);
        Department department = input.departmentCode() == null || input.departmentCode().isBlank() ? null
                : departments.findByCode(input.departmentCode()).orElseThrow(
                        () -> IsmsException.invalid("certification.interview.unknownDepartment", input.departmentCode()));
        LocalDate today = LocalDate.now(TOKYO);
        Finding finding = audit.addFinding(input.grade(), input.requirement(), department, input.text(),
                input.deadline(), actor.username(), today);
        repository.flush();
        input.grade().nonconformity().ifPresent(grade -> raised.fire(new NonconformityRaised(
                NonconformitySource.CERTIFICATION_AUDIT, finding.getId(), finding.reference(), grade,
                department == null ? null : department.getId(), finding.getRequirement(), finding.getBodyText(),
                actor.username(), today, finding.getDeadline())));
        return AuditView.of(audit, actor.locale());
    }

    /** The body's conclusion of stage 2; the office then completes its task and the process applies it. */
    public AuditView recordResult(Actor actor, long auditId, Stage2Result result, LocalDate correctionDeadline) {
        actor.require(Role.ISMS_OFFICE);
        if (result == null) {
            throw IsmsException.invalid("validation.required", "certification.result");
        }
        Audit audit = audit(auditId);
        audit.recordResult(result, correctionDeadline);
        repository.flush();
        return AuditView.of(audit, actor.locale());
    }

    /**
     * A corrective action of one of our nonconformities closed. When it was the audit's last open minor one and
     * the audit waits for them, the process goes on to the submission to the body.
     */
    void nonconformityClosed(@Observes NonconformityClosed closed) {
        if (closed.source() != NonconformitySource.CERTIFICATION_AUDIT) {
            return;
        }
        repository.finding(closed.sourceId()).ifPresent(finding -> {
            finding.corrected(closed.closedOn());
            Audit audit = finding.getAudit();
            repository.flush();
            if (audit.getStatus() == AuditStatus.AWAITING_CORRECTIONS && !audit.hasOpenMinors()) {
                runtimeService.createMessageCorrelation(MESSAGE_MINORS_CORRECTED)
                        .processInstanceVariableEquals(VAR_AUDIT_ID, audit.getId()).correlateAll();
            }
        });
    }

    /**
     * Where the company stands with its body, for the banner: CERTIFIED only with a certificate in force;
     * after a recommendation without certificate "audit passed — not yet certified".
     */
    public Optional<CertificationStatus> status(Actor actor) {
        CertificationBodies.requireReader(actor);
        LocalDate today = LocalDate.now(TOKYO);
        if (repository.currentCertificate().filter(c -> c.validity().isValidOn(today)).isPresent()) {
            return Optional.of(CertificationStatus.CERTIFIED);
        }
        if (repository.currentCertificate().filter(c -> c.validity().hasExpiredBy(today)).isPresent()) {
            return Optional.of(CertificationStatus.EXPIRED);
        }
        return repository.audits().stream().filter(a -> a.getKind() == AuditType.INITIAL).findFirst()
                .flatMap(a -> switch (a.getStatus()) {
                    case APPLIED -> Optional.of(CertificationStatus.APPLIED);
                    case STAGE1_DONE, STAGE2_SCHEDULED, AWAITING_CORRECTIONS, NOT_RECOMMENDED ->
                            Optional.of(CertificationStatus.STAGE1_DONE);
                    case RECOMMENDED -> Optional.of(CertificationStatus.STAGE2_DONE_RECOMMENDED);
                    case CERTIFICATE_ISSUED -> Optional.of(CertificationStatus.CERTIFIED);
                    case REFUSED -> Optional.<CertificationStatus>empty();
                });
    }

    /** Department codes and names for the finding and interview forms. */
    public Map<String, String> departments(Actor actor) {
        CertificationBodies.requireReader(actor);
        Map<String, String> names = new java.util.LinkedHashMap<>();
        departments.findAll().forEach(d -> names.put(d.getCode(), d.nameIn(actor.locale())));
        return names;
    }

    Audit audit(long id) {
        return repository.audit(id).orElseThrow(() -> IsmsException.notFound("certification.audit.unknown", id));
    }
}
