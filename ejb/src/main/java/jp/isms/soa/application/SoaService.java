package jp.isms.soa.application;

import static jp.isms.processes.SoaApproval.PROCESS_KEY;
import static jp.isms.processes.SoaApproval.VAR_SOA_ID;
import static jp.isms.processes.SoaApproval.VAR_SUBMITTED_BY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.isms.control.domain.AnnexAControl;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.risk.domain.Risk;
import jp.isms.risk.domain.RiskAssessmentRepository;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;
import jp.isms.soa.domain.EntryChange;
import jp.isms.soa.domain.SoaEntry;
import jp.isms.soa.domain.SoaRepository;
import jp.isms.soa.domain.SoaStatus;
import jp.isms.soa.domain.StatementOfApplicability;
import jp.isms.workflow.application.DecisionView;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Reading and editing the Statement of Applicability, and submitting it. Editing is the ISMS office's work. */
@ApplicationScoped
@Transactional
public class SoaService {

    @Inject
    SoaRepository statements;

    @Inject
    ControlCatalogue catalogue;

    @Inject
    CompanyRepository companies;

    @Inject
    RiskAssessmentRepository assessments;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    RuntimeService runtimeService;

    /** The version asked for, or the newest; empty while the company has none. */
    public Optional<SoaView> view(Actor actor, Integer version) {
        requireReader(actor);
        return (version == null ? statements.latest() : statements.find(version)).map(this::viewOf);
    }

    public SoaView require(Actor actor, Integer version) {
        return view(actor, version).orElseThrow(() -> IsmsException.notFound("soa.unknownVersion",
                version == null ? "-" : version));
    }

    public SoaView byId(Actor actor, long id) {
        requireReader(actor);
        return statements.findById(id).map(this::viewOf).orElseThrow(() -> IsmsException.notFound("soa.unknownVersion", id));
    }

    public Page<SoaRow> entries(Actor actor, long soaId, PageRequest request) {
        requireReader(actor);
        Page<SoaEntry> page = statements.entries(soaId, request);
        return new Page<>(page.rows().stream().map(this::rowOf).toList(), page.total());
    }

    public SoaRow entry(Actor actor, Integer version, String controlId) {
        requireReader(actor);
        StatementOfApplicability soa = (version == null ? statements.latest() : statements.find(version))
                .orElseThrow(() -> IsmsException.notFound("soa.unknownVersion", version == null ? "-" : version));
        return rowOf(soa.entry(controlId));
    }

    /** Version 1, a line per control of the catalogue, for a company that has no statement yet. */
    public SoaView create(Actor actor) {
        actor.require(Role.ISMS_OFFICE);
        if (statements.latest().isPresent()) {
            throw IsmsException.conflict("soa.exists");
        }
        StatementOfApplicability first = versionToEdit();
        statements.flush();
        return viewOf(first);
    }

    /**
     * Changes one control's line. The first change creates version 1; a change of the approved version goes
     * into a new draft version, the approved one stays as approved. Returns the version that was changed.
     */
    public int revise(Actor actor, String controlId, EntryChange change) {
        actor.require(Role.ISMS_OFFICE);
        requireKnownRisks(change);
        StatementOfApplicability target = versionToEdit();
        target.revise(controlId, change);
        statements.flush();
        return target.getVersion();
    }

    /** The ISMS office submits the newest version; returns the id of the started process instance. */
    public String submit(Actor actor, String comment) {
        actor.require(Role.ISMS_OFFICE);
        StatementOfApplicability soa = statements.latest().orElseThrow(() -> IsmsException.notFound("soa.unknownVersion", "-"));
        if (approvalRunning()) {
            throw IsmsException.conflict("soa.approvalRunning");
        }
        soa.submit(actor.username());
        statements.flush();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY,
                StatementOfApplicability.DOCUMENT_NO, Map.of(VAR_SOA_ID, soa.getId(), VAR_SUBMITTED_BY, actor.username()));
        approvalLog.append(new ApprovalRecord(SoaApprovalSteps.subjectOf(soa), instance.getId(), "submission",
                Decision.SUBMIT, actor.username(), actor.displayName(), Role.ISMS_OFFICE.groupId(), comment));
        return instance.getId();
    }

    /** Freezes the approved version and retires the one it replaces (the process's last step). */
    public void approve(long soaId) {
        StatementOfApplicability soa = load(soaId);
        statements.approved().ifPresent(StatementOfApplicability::supersede);
        soa.approve();
        statements.flush();
    }

    public void returnForRevision(long soaId) {
        load(soaId).returnForRevision();
        statements.flush();
    }

    private StatementOfApplicability versionToEdit() {
        Optional<StatementOfApplicability> latest = statements.latest();
        if (latest.isEmpty()) {
            StatementOfApplicability first = new StatementOfApplicability(companies.current().orElseThrow(),
                    catalogue.all().stream().map(AnnexAControl::id).toList());
            statements.add(first);
            return first;
        }
        if (!latest.get().getStatus().frozen()) {
            return latest.get();
        }
        StatementOfApplicability next = latest.get().startNextVersion();
        statements.add(next);
        return next;
    }

    /** Linked risks must be risks of the current assessment, so the statement never points into nothing. */
    private void requireKnownRisks(EntryChange change) {
        if (change.riskNos().isEmpty()) {
            return;
        }
        Set<String> known = assessments.current().map(a -> a.getRisks().stream().map(Risk::getRiskNo)
                .collect(Collectors.toSet())).orElse(Set.of());
        for (String riskNo : change.riskNos()) {
            if (riskNo != null && !riskNo.isBlank() && !known.contains(riskNo.strip())) {
                throw IsmsException.invalid("soa.entry.unknownRisk", riskNo.strip());
            }
        }
    }

    private boolean approvalRunning() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(StatementOfApplicability.DOCUMENT_NO).active().count() > 0;
    }

    private StatementOfApplicability load(long id) {
        return statements.findById(id).orElseThrow(() -> IsmsException.notFound("soa.unknownVersion", id));
    }

    SoaRow rowOf(SoaEntry e) {
        return SoaRow.of(e, catalogue.byId(e.getControlId())
                .orElseThrow(() -> new IllegalStateException("control missing from the catalogue: " + e.getControlId())));
    }

    SoaView viewOf(StatementOfApplicability s) {
        int applicable = (int) s.getEntries().stream().filter(SoaEntry::isApplicable).count();
        return new SoaView(s.getId(), StatementOfApplicability.DOCUMENT_NO, s.getVersion(), s.getStatus(),
                s.getApprovedAt(), s.getApprovedFingerprint(), s.fingerprint(), statements.versions(),
                s.getStatus() == SoaStatus.IN_APPROVAL && approvalRunning(), applicable,
                s.getEntries().size() - applicable,
                approvalLog.forSubject(SoaApprovalSteps.SUBJECT_TYPE, StatementOfApplicability.DOCUMENT_NO).stream()
                        .map(DecisionView::of).toList());
    }

    static void requireReader(Actor actor) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("soa.forbidden");
        }
    }
}
