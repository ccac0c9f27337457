package jp.isms.certification.application;

import static jp.isms.processes.CertificationBodySelection.PROCESS_KEY;
import static jp.isms.processes.CertificationBodySelection.VAR_SELECTION_ID;
import static jp.isms.processes.CertificationBodySelection.VAR_SUBMITTED_BY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.isms.certification.domain.BodySelection;
import jp.isms.certification.domain.CertificationBody;
import jp.isms.certification.domain.CertificationRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.application.DecisionView;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The register of certification bodies, their quotes compared side by side, and the choice of one body: the
 * ISMS office registers and submits, the CISO and top management approve ({@code certification-body-selection}).
 */
@ApplicationScoped
@Transactional
public class CertificationBodies {

    @Inject
    CertificationRepository repository;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    RuntimeService runtimeService;

    /** Every body, cheapest total first; bodies without a quote last. */
    public List<BodyRow> comparison(Actor actor) {
        requireReader(actor);
        Long selected = repository.approvedSelection().map(s -> s.getBody().getId()).orElse(null);
        return repository.bodies().stream().map(b -> BodyRow.of(b, b.getId().equals(selected)))
                .sorted(java.util.Comparator.comparing(BodyRow::totalYen,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
    }

    public BodyRow register(Actor actor, String name, String accreditation, CertificationBody.Quote quote) {
        actor.require(Role.ISMS_OFFICE);
        if (repository.bodies().stream().anyMatch(b -> b.getName().equals(name == null ? null : name.trim()))) {
            throw IsmsException.conflict("certification.body.exists", name);
        }
        CertificationBody body = new CertificationBody(name, accreditation);
        if (quote != null) {
            body.quote(quote);
        }
        repository.add(body);
        repository.flush();
        return BodyRow.of(body, false);
    }

    /** A new quote of a body; {@code lockVersion} is the version the user saw (two editors: one wins). */
    public BodyRow quote(Actor actor, long bodyId, CertificationBody.Quote quote, Long lockVersion) {
        actor.require(Role.ISMS_OFFICE);
        CertificationBody body = body(bodyId);
        if (lockVersion != null && lockVersion != body.getLockVersion()) {
            throw IsmsException.conflict("certification.body.changedMeanwhile", body.getName());
        }
        body.quote(quote);
        repository.flush();
        return BodyRow.of(body, false);
    }

    public List<SelectionView> selections(Actor actor) {
        requireReader(actor);
        return repository.selections().stream().map(this::viewOf).toList();
    }

    public SelectionView selection(Actor actor, long id) {
        requireReader(actor);
        return viewOf(selection(id));
    }

    /** The ISMS office submits its choice with the reason; the CISO reviews it, top management approves it. */
    public SelectionView submit(Actor actor, long bodyId, String reason) {
        actor.require(Role.ISMS_OFFICE);
        if (repository.selections().stream().anyMatch(s -> s.getStatus() == BodySelection.Status.SUBMITTED)) {
            throw IsmsException.conflict("certification.selection.running");
        }
        BodySelection selection = new BodySelection(body(bodyId), reason, actor.username());
        repository.add(selection);
        repository.flush();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, "CB-SELECTION-" + selection.getId(),
                Map.of(VAR_SELECTION_ID, selection.getId(), VAR_SUBMITTED_BY, actor.username()));
        selection.startedAs(instance.getId());
        approvalLog.append(new ApprovalRecord(BodySelectionSteps.subjectOf(selection), instance.getId(), "submission",
                Decision.SUBMIT, actor.username(), actor.displayName(), Role.ISMS_OFFICE.groupId(), reason));
        return viewOf(selection);
    }

    /** The process's last step: the chosen body becomes the company's body. */
    public void confirm(long selectionId) {
        selection(selectionId).approve();
        repository.flush();
    }

    public void returnForRevision(long selectionId) {
        selection(selectionId).returnForRevision();
        repository.flush();
    }

    /** The body of the approved selection, if there is one. */
    public Optional<CertificationBody> chosenBody() {
        return repository.approvedSelection().map(BodySelection::getBody);
    }

    private SelectionView viewOf(BodySelection s) {
        return SelectionView.of(s, approvalLog.forSubject(BodySelectionSteps.SUBJECT_TYPE, BodySelectionSteps.key(s))
                .stream().map(DecisionView::of).toList());
    }

    private CertificationBody body(long id) {
        return repository.body(id).orElseThrow(() -> IsmsException.notFound("certification.body.unknown", id));
    }

    private BodySelection selection(long id) {
        return repository.selection(id).orElseThrow(() -> IsmsException.notFound("certification.selection.unknown", id));
    }

    /** Everyone who works on the ISMS may read; employees do not see quotes and prices. */
    static void requireReader(Actor actor) {
        if (!(actor.has(Role.ISMS_OFFICE) || actor.has(Role.CISO) || actor.has(Role.TOP_MANAGEMENT)
                || actor.has(Role.DEPT_HEAD) || actor.has(Role.INTERNAL_AUDITOR) || actor.has(Role.ADMIN))) {
            throw IsmsException.forbidden("certification.forbidden");
        }
    }
}
