package jp.isms.audit.application;

import static jp.isms.processes.InternalAudit.PROCESS_KEY;
import static jp.isms.processes.InternalAudit.TASK_CONDUCT_AUDIT;
import static jp.isms.processes.InternalAudit.TASK_REVISE_PLAN;
import static jp.isms.processes.InternalAudit.VAR_AUDIT_ID;
import static jp.isms.processes.InternalAudit.VAR_SUBMITTED_BY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.isms.audit.domain.AuditAssignment;
import jp.isms.audit.domain.AuditPlan;
import jp.isms.audit.domain.AuditProgramme;
import jp.isms.audit.domain.AuditRepository;
import jp.isms.audit.domain.AuditResult;
import jp.isms.audit.domain.ChecklistItem;
import jp.isms.audit.domain.EvidenceAttachment;
import jp.isms.audit.domain.Independence;
import jp.isms.audit.domain.InternalAudit;
import jp.isms.audit.domain.ProgrammeCoverage;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.DepartmentRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.application.Messages;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.NonconformityClosed;
import jp.isms.shared.domain.NonconformityRaised;
import jp.isms.shared.domain.NonconformitySource;
import jp.isms.soa.domain.SoaEntry;
import jp.isms.soa.domain.SoaRepository;
import jp.isms.workflow.application.DecisionView;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Internal audits from programme to reviewed report. Independence is checked here, where the auditors'
 * departments and records are known; the domain checks who may record what and when. The plan's resubmission
 * and the report's submission complete their process tasks in the same transaction as the domain change.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    @Inject
    AuditRepository audits;

    @Inject
    UserRepository users;

    @Inject
    DepartmentRepository departments;

    @Inject
    ControlCatalogue catalogue;

    @Inject
    SoaRepository statements;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    RuntimeService runtimeService;

    @Inject
    TaskService taskService;

    @Inject
    Event<NonconformityRaised> nonconformityRaised;

    // ---- programme ----

    /** Clauses 4.1–10.2, then {@code A.}-prefixed applicable controls of the approved SoA. */
    public List<String> required() {
        List<String> required = new ArrayList<>();
        catalogue.clauses().forEach(c -> required.add(c.id()));
        statements.approved().ifPresent(soa -> soa.getEntries().stream().filter(SoaEntry::isApplicable)
                .forEach(e -> required.add("A." + e.getControlId())));
        return required;
    }

    public String requirementTitle(String requirement, Locale locale) {
        if (requirement.startsWith("A.")) {
            return catalogue.byId(requirement.substring(2)).map(c -> c.titleIn(locale)).orElse(requirement);
        }
        return catalogue.clause(requirement).map(c -> c.titleIn(locale)).orElse(requirement);
    }

    /** The year's programme (a proposal when none is saved yet) and the coverage of its cycle. */
    public AuditViews.Programme programme(Actor actor, int year) {
        requireReader(actor);
        List<String> required = required();
        AuditProgramme programme = audits.programme(year).orElseGet(() -> proposal(year, required));
        int cycleStart = programme.getCycleStart();
        Map<Integer, Set<String>> byYear = new LinkedHashMap<>();
        audits.programmes(cycleStart, cycleStart + ProgrammeCoverage.CYCLE_YEARS - 1)
                .forEach(p -> byYear.put(p.getYear(), Set.copyOf(p.getRequirements())));
        byYear.putIfAbsent(year, Set.copyOf(programme.getRequirements()));
        List<ProgrammeCoverage.Line> lines = ProgrammeCoverage.of(required, cycleStart, byYear);
        List<AuditViews.CoverageLine> coverage = lines.stream().map(l -> new AuditViews.CoverageLine(l.requirement(),
                requirementTitle(l.requirement(), actor.locale()), l.years(), l.gap())).toList();
        List<Integer> years = new ArrayList<>();
        for (int y = cycleStart; y < cycleStart + ProgrammeCoverage.CYCLE_YEARS; y++) {
            years.add(y);
        }
        return new AuditViews.Programme(year, cycleStart, programme.cycleYear(), years, programme.getRequirements(),
                coverage, ProgrammeCoverage.gaps(lines).size());
    }

    /** Saves the year's programme; the first year of a cycle must cover every requirement. */
    public AuditViews.Programme saveProgramme(Actor actor, int year, List<String> requirements) {
        requirePlanner(actor);
        List<String> required = required();
        Optional<AuditProgramme> saved = audits.programme(year);
        if (saved.isPresent()) {
            saved.get().change(required, requirements == null ? List.of() : requirements);
        } else {
            audits.add(new AuditProgramme(year, cycleStartFor(year), required,
                    requirements == null ? List.of() : requirements));
        }
        audits.flush();
        return programme(actor, year);
    }

    /** The cycle a year belongs to: the one of the nearest earlier saved programme, else a new one from this year. */
    private int cycleStartFor(int year) {
        return audits.programmes(year - ProgrammeCoverage.CYCLE_YEARS + 1, year - 1).stream()
                .map(AuditProgramme::getCycleStart).filter(start -> year < start + ProgrammeCoverage.CYCLE_YEARS)
                .findFirst().orElse(year);
    }

    /**
     * What a year's programme proposes: everything in the cycle's first year; later, every clause and a third of
     * the controls in turn, so the cycle covers each control once more than the first year did.
     */
    private AuditProgramme proposal(int year, List<String> required) {
        int cycleStart = cycleStartFor(year);
        int cycleYear = year - cycleStart;
        List<String> chosen = new ArrayList<>();
        int control = 0;
        for (String r : required) {
            if (!r.startsWith("A.") || cycleYear == 0 || control++ % 2 == cycleYear - 1) {
                chosen.add(r);
            }
        }
        return new AuditProgramme(year, cycleStart, required, chosen);
    }

    private List<String> requirementsOf(int year) {
        List<String> required = required();
        return audits.programme(year).map(AuditProgramme::getRequirements).orElseGet(() -> proposal(year, required)
                .getRequirements());
    }

    // ---- audits ----

    public List<AuditViews.Audit> list(Actor actor) {
        requireReader(actor);
        return audits.all().stream().map(a -> viewOf(a, actor.locale())).toList();
    }

    public AuditViews.Audit view(Actor actor, long id) {
        requireReader(actor);
        return viewOf(load(id), actor.locale());
    }

    public AuditViews.Audit view(Actor actor, String auditNo) {
        requireReader(actor);
        return viewOf(audits.findByAuditNo(auditNo).orElseThrow(() -> IsmsException.notFound("audit.unknown", auditNo)),
                actor.locale());
    }

    public Page<AuditViews.Item> items(Actor actor, long id, PageRequest request) {
        requireReader(actor);
        Page<ChecklistItem> page = audits.items(load(id).getId(), request);
        return new Page<>(page.rows().stream().map(i -> itemOf(i, actor.locale())).toList(), page.total());
    }

    /** Every internal auditor and whether they may audit the department; the reason in the user's language. */
    public List<AuditViews.Eligibility> eligibility(Actor actor, String departmentCode) {
        requireReader(actor);
        Department department = department(departmentCode);
        String eligible = eligibleNames(department.getCode());
        return users.findAll().stream().filter(u -> u.isEnabled() && u.hasRole(Role.INTERNAL_AUDITOR)).map(u -> {
            Optional<String> refusal = refusal(u, department.getCode());
            return new AuditViews.Eligibility(u.getUsername(), u.getDisplayName(),
                    u.getDepartment() == null ? null : u.getDepartment().getCode(), refusal.isEmpty(),
                    refusal.map(key -> Messages.get(actor.locale(), key, u.getDisplayName(),
                            department.nameIn(actor.locale()), eligible)).orElse(null));
        }).toList();
    }

    /** Every department with the auditors who may audit it: what the plan's form offers. */
    public List<AuditViews.DepartmentChoice> departmentChoices(Actor actor) {
        requireReader(actor);
        return departments.findAll().stream().sorted(Comparator.comparing(Department::getCode))
                .map(d -> new AuditViews.DepartmentChoice(d.getCode(), d.nameIn(actor.locale()),
                        eligibility(actor, d.getCode()))).toList();
    }

    /** A new plan in draft; with {@code baselineAuditNo}, last year's checklist (never its results) is copied. */
    public AuditViews.Audit create(Actor actor, int year, AuditPlan plan, String baselineAuditNo) {
        requirePlanner(actor);
        checkTeam(plan, actor.locale());
        String auditNo = "IA-" + year + "-" + (audits.countInYear(year) + 1);
        InternalAudit audit = new InternalAudit(auditNo, year, plan, requirementsOf(year));
        audits.add(audit);
        if (baselineAuditNo != null && !baselineAuditNo.isBlank()) {
            audit.copyChecklistFrom(audits.findByAuditNo(baselineAuditNo.strip())
                    .orElseThrow(() -> IsmsException.notFound("audit.unknown", baselineAuditNo)));
        }
        audits.flush();
        return viewOf(audit, actor.locale());
    }

    public AuditViews.Audit replan(Actor actor, long id, AuditPlan plan, long lockVersion) {
        requirePlanner(actor);
        InternalAudit audit = load(id);
        requireVersion(audit, lockVersion);
        checkTeam(plan, actor.locale());
        audit.replan(plan, requirementsOf(audit.getYear()));
        audits.flush();
        return viewOf(audit, actor.locale());
    }

    /** The lead auditor submits the plan to the CISO: the first time it starts the process, later it resubmits. */
    public AuditViews.Audit submitPlan(Actor actor, long id, String comment) {
        InternalAudit audit = load(id);
        boolean resubmission = audit.getStatus() == jp.isms.audit.domain.AuditStatus.RETURNED;
        checkTeam(new AuditPlan(audit.getTitle(), audit.getScope(), audit.getCriteria(), audit.getStartDate(),
                audit.getEndDate(), audit.getLeadAuditor(), audit.getAssignments()), actor.locale());
        audit.submitPlan(actor.username());
        audits.flush();
        String processInstanceId;
        if (resubmission) {
            Task task = openTask(audit, TASK_REVISE_PLAN);
            processInstanceId = task.getProcessInstanceId();
            runtimeService.setVariable(processInstanceId, VAR_SUBMITTED_BY, actor.username());
            taskService.complete(task.getId());
        } else {
            ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, audit.getAuditNo(),
                    Map.of(VAR_AUDIT_ID, audit.getId(), VAR_SUBMITTED_BY, actor.username()));
            processInstanceId = instance.getId();
        }
        approvalLog.append(new ApprovalRecord(AuditSteps.subjectOf(audit), processInstanceId, "audit-plan",
                resubmission ? Decision.RESUBMIT : Decision.SUBMIT, actor.username(), actor.displayName(),
                Role.INTERNAL_AUDITOR.groupId(), comment));
        return viewOf(audit, actor.locale());
    }

    public void approvePlan(long id, String username) {
        load(id).approvePlan(username);
        audits.flush();
    }

    public void returnPlan(long id) {
        load(id).returnPlan();
        audits.flush();
    }

    public AuditViews.Item record(Actor actor, long id, long itemId, AuditResult result, String evidence,
            String interviewee) {
        actor.require(Role.INTERNAL_AUDITOR);
        ChecklistItem item = load(id).record(itemId, result, evidence, interviewee, actor.username());
        audits.flush();
        return itemOf(item, actor.locale());
    }

    public AuditViews.Item prepare(Actor actor, long id, long itemId, String checkpoint) {
        actor.require(Role.INTERNAL_AUDITOR);
        InternalAudit audit = load(id);
        audit.setCheckpoint(itemId, checkpoint, actor.username());
        audits.flush();
        return itemOf(audit.item(itemId), actor.locale());
    }

    public AuditViews.Item attach(Actor actor, long id, long itemId, String fileName, String contentType, byte[] content) {
        actor.require(Role.INTERNAL_AUDITOR);
        InternalAudit audit = load(id);
        EvidenceAttachment attachment = new EvidenceAttachment(fileName, contentType, content);
        audit.item(itemId); // unknown item: not found before anything is stored
        audits.add(attachment);
        audits.flush();
        audit.attach(itemId, attachment, actor.username());
        audits.flush();
        return itemOf(audit.item(itemId), actor.locale());
    }

    public EvidenceAttachment attachment(Actor actor, long id, long attachmentId) {
        requireReader(actor);
        InternalAudit audit = load(id);
        if (audit.getItems().stream().noneMatch(i -> Objects.equals(i.getAttachmentId(), attachmentId))) {
            throw IsmsException.notFound("audit.attachment.unknown", attachmentId);
        }
        return audits.attachment(attachmentId).orElseThrow(() -> IsmsException.notFound("audit.attachment.unknown",
                attachmentId));
    }

    /**
     * The lead auditor submits the report to top management. Each nonconformity raises a corrective action
     * (the event is observed in this transaction: if starting one fails, nothing is submitted).
     */
    public AuditViews.Audit submitReport(Actor actor, long id, String summary) {
        InternalAudit audit = load(id);
        Task task = openTask(audit, TASK_CONDUCT_AUDIT);
        List<ChecklistItem> nonconformities = audit.submitReport(actor.username(), summary);
        audits.flush();
        Map<String, Long> departmentIds = departments.findAll().stream()
                .collect(Collectors.toMap(Department::getCode, Department::getId));
        LocalDate today = LocalDate.now(jp.isms.report.application.ReportHeaders.ZONE);
        for (ChecklistItem nc : nonconformities) {
            nonconformityRaised.fire(new NonconformityRaised(NonconformitySource.INTERNAL_AUDIT, nc.getId(),
                    reference(audit, nc), nc.getResult().grade(), departmentIds.get(nc.getDepartmentCode()),
                    nc.getRequirement(), nc.getEvidence(), nc.getRecordedBy(),
                    nc.getRecordedAt() == null ? today : nc.getRecordedAt().atZone(jp.isms.report.application.ReportHeaders.ZONE).toLocalDate(),
                    null));
        }
        approvalLog.append(new ApprovalRecord(AuditSteps.subjectOf(audit), task.getProcessInstanceId(), "audit-report",
                Decision.SUBMIT, actor.username(), actor.displayName(), Role.INTERNAL_AUDITOR.groupId(), null));
        taskService.complete(task.getId());
        return viewOf(audit, actor.locale());
    }

    public void recordReview(long id, String username, String comment) {
        load(id).review(username, comment);
        audits.flush();
    }

    /** A corrective action of one of our findings was closed: the finding shows as closed. */
    void onClosed(@Observes NonconformityClosed closed) {
        if (closed.source() != NonconformitySource.INTERNAL_AUDIT) {
            return;
        }
        audits.findByItemId(closed.sourceId()).ifPresent(a -> a.findingClosed(closed.sourceId(), closed.closedOn()));
    }

    public static String reference(InternalAudit audit, ChecklistItem nc) {
        return audit.getAuditNo() + " / " + nc.getFindingNo();
    }

    private Task openTask(InternalAudit audit, String taskKey) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(audit.getAuditNo())
                .processDefinitionKey(PROCESS_KEY).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw IsmsException.conflict("audit.wrongStatus", "audit.status." + audit.getStatus().name());
        }
        return task;
    }

    /**
     * Every auditor of the plan must hold the internal auditor's role and be independent of the department they
     * audit; the refusal names the eligible auditors.
     */
    private void checkTeam(AuditPlan plan, Locale locale) {
        AppUser lead = auditor(plan.leadAuditor());
        Objects.requireNonNull(lead);
        for (AuditAssignment a : plan.assignments()) {
            Department department = department(a.departmentCode());
            AppUser auditor = auditor(a.auditorUsername());
            Optional<String> refusal = refusal(auditor, department.getCode());
            if (refusal.isPresent()) {
                throw IsmsException.invalid(refusal.get(), auditor.getDisplayName(), department.nameIn(locale),
                        eligibleNames(department.getCode()));
            }
        }
    }

    /** The auditors who may audit the department, as the refusal names them ("-" when there is none). */
    private String eligibleNames(String departmentCode) {
        String eligible = users.findAll().stream()
                .filter(u -> u.isEnabled() && u.hasRole(Role.INTERNAL_AUDITOR) && refusal(u, departmentCode).isEmpty())
                .sorted(Comparator.comparing(AppUser::getUsername))
                .map(u -> u.getDisplayName() + " (" + u.getUsername() + ")").collect(Collectors.joining(", "));
        return eligible.isEmpty() ? "-" : eligible;
    }

    private Optional<String> refusal(AppUser auditor, String departmentCode) {
        return Independence.refusal(auditor.getDepartment() == null ? null : auditor.getDepartment().getCode(),
                audits.departmentsWithRecordsOf(auditor.getUsername()), departmentCode);
    }

    private AppUser auditor(String username) {
        AppUser user = users.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> IsmsException.invalid("audit.plan.unknownAuditor", username));
        if (!user.hasRole(Role.INTERNAL_AUDITOR)) {
            throw IsmsException.invalid("audit.plan.notAnAuditor", user.getDisplayName());
        }
        return user;
    }

    private Department department(String code) {
        return departments.findByCode(code == null ? "" : code)
                .orElseThrow(() -> IsmsException.invalid("audit.plan.unknownDepartment", code));
    }

    private AuditViews.Audit viewOf(InternalAudit a, Locale locale) {
        Map<String, String> names = departments.findAll().stream()
                .collect(Collectors.toMap(Department::getCode, d -> d.nameIn(locale)));
        List<AuditViews.Assignment> team = a.getAssignments().stream().map(x -> new AuditViews.Assignment(
                x.departmentCode(), names.getOrDefault(x.departmentCode(), x.departmentCode()), x.auditorUsername(),
                displayName(x.auditorUsername()))).toList();
        List<ChecklistItem> items = a.getItems();
        List<AuditViews.Finding> findings = a.getFindingsNumbered().stream().map(i -> new AuditViews.Finding(
                i.getFindingNo(), reference(a, i), i.getDepartmentCode(), i.getRequirement(), i.getResult(),
                i.getEvidence(), i.getClosedOn())).toList();
        return new AuditViews.Audit(a.getId(), a.getAuditNo(), a.getYear(), a.getTitle(), a.getScope(), a.getCriteria(),
                a.getStartDate(), a.getEndDate(), a.getLeadAuditor(), displayName(a.getLeadAuditor()), a.getStatus(),
                a.getBaselineOf(), a.getPlanApprovedBy(), a.getPlanApprovedAt(), a.getReportSummary(), a.getReportedAt(),
                a.getReportSha256(), a.getReviewedBy(), a.getReviewedAt(), a.getReviewComment(), a.getLockVersion(), team,
                items.size(), (int) items.stream().filter(i -> i.getResult() != null).count(), findings,
                approvalLog.forSubject(AuditSteps.SUBJECT_TYPE, a.getAuditNo()).stream().map(DecisionView::of).toList());
    }

    AuditViews.Item itemOf(ChecklistItem i, Locale locale) {
        return new AuditViews.Item(i.getId(), i.getDepartmentCode(), i.getRequirement(),
                requirementTitle(i.getRequirement(), locale), i.getLineNo(), i.getCheckpoint(), i.getResult(),
                i.getEvidence(), i.getInterviewee(), i.getAttachmentId(), i.getAttachmentName(), i.getRecordedBy(),
                i.getRecordedAt(), i.getFindingNo(), i.getClosedOn());
    }

    String displayName(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
    }

    InternalAudit load(long id) {
        return audits.findById(id).orElseThrow(() -> IsmsException.notFound("audit.unknown", id));
    }

    private static void requireVersion(InternalAudit audit, long lockVersion) {
        if (audit.getLockVersion() != lockVersion) {
            throw IsmsException.conflict("audit.changedMeanwhile");
        }
    }

    /** Everyone in the ISMS reads audits; employees and administrators have no business there. */
    static void requireReader(Actor actor) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("audit.forbidden");
        }
    }

    /** Internal auditors plan audits; the ISMS office and the CISO keep the programme and may prepare plans too. */
    static void requirePlanner(Actor actor) {
        if (!actor.has(Role.INTERNAL_AUDITOR) && !actor.has(Role.ISMS_OFFICE) && !actor.has(Role.CISO)) {
            throw IsmsException.forbidden("error.roleRequired", "role." + Role.INTERNAL_AUDITOR.groupId());
        }
    }
}
