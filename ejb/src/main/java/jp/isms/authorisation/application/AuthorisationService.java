package jp.isms.authorisation.application;

import static jp.isms.processes.ManagementAuthorisation.PROCESS_KEY;
import static jp.isms.processes.ManagementAuthorisation.VAR_AUTHORISATION_ID;
import static jp.isms.processes.ManagementAuthorisation.VAR_REQUESTED_BY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.isms.authorisation.domain.AuthorisationRepository;
import jp.isms.authorisation.domain.AuthorisationStatus;
import jp.isms.authorisation.domain.ManagementAuthorisation;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.report.application.ApprovedDocuments;
import jp.isms.report.application.DocumentRef;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.application.DecisionView;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The ISMS office requests top management's authorisation with the documents in force attached; the
 * process's last steps record the decision. Outdated is computed on every read, by comparing the attached
 * hashes with the documents in force, so it can never be stale itself.
 */
@ApplicationScoped
@Transactional
public class AuthorisationService {

    @Inject
    AuthorisationRepository authorisations;

    @Inject
    CompanyRepository companies;

    @Inject
    Instance<ApprovedDocuments> kinds;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    RuntimeService runtimeService;

    /** What a request made now would attach, one line per kind; a kind with nothing approved has no ref. */
    public Map<String, Optional<DocumentRef>> inForce(Actor actor) {
        requireReader(actor);
        return inForce();
    }

    public List<AuthorisationView> list(Actor actor) {
        requireReader(actor);
        Map<String, DocumentRef> current = current();
        return authorisations.all().stream().map(a -> viewOf(a, current)).toList();
    }

    public AuthorisationView view(Actor actor, long id) {
        requireReader(actor);
        return viewOf(load(id), current());
    }

    /** The ISMS office asks top management to authorise the ISMS on the documents in force now. */
    public AuthorisationView request(Actor actor, String comment) {
        actor.require(Role.ISMS_OFFICE);
        List<String> missing = inForce().entrySet().stream().filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey)
                .map(kind -> "report.kind." + kind).toList();
        if (!missing.isEmpty()) {
            throw IsmsException.invalid("authorisation.documentsMissing", String.join(", ", missing));
        }
        if (authorisations.all().stream().anyMatch(a -> a.getStatus() == AuthorisationStatus.REQUESTED)) {
            throw IsmsException.conflict("authorisation.requestRunning");
        }
        List<DocumentRef> attached = inForce().values().stream().map(Optional::orElseThrow).toList();
        String requestNo = String.format("MA-%03d", authorisations.count() + 1);
        ManagementAuthorisation authorisation = new ManagementAuthorisation(companies.current().orElseThrow(),
                requestNo, actor.username(), comment, attached);
        authorisations.add(authorisation);
        authorisations.flush();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, requestNo,
                Map.of(VAR_AUTHORISATION_ID, authorisation.getId(), VAR_REQUESTED_BY, actor.username()));
        approvalLog.append(new ApprovalRecord(AuthorisationSteps.subjectOf(authorisation), instance.getId(), "request",
                Decision.SUBMIT, actor.username(), actor.displayName(), Role.ISMS_OFFICE.groupId(), comment));
        return viewOf(authorisation, current());
    }

    public void authorise(long id, String username) {
        load(id).authorise(username, current());
        authorisations.flush();
    }

    public void returnRequest(long id, String username) {
        load(id).returnRequest(username);
        authorisations.flush();
    }

    private Map<String, Optional<DocumentRef>> inForce() {
        Map<String, Optional<DocumentRef>> refs = new LinkedHashMap<>();
        kinds.stream().sorted(Comparator.comparingInt(ApprovedDocuments::order))
                .forEach(k -> refs.put(k.kind(), k.current()));
        return refs;
    }

    private Map<String, DocumentRef> current() {
        Map<String, DocumentRef> refs = new LinkedHashMap<>();
        inForce().forEach((kind, ref) -> ref.ifPresent(r -> refs.put(kind, r)));
        return refs;
    }

    private AuthorisationView viewOf(ManagementAuthorisation a, Map<String, DocumentRef> current) {
        List<DocumentRef> changed = a.changedDocuments(current);
        List<AuthorisationView.Attached> documents = a.getDocuments().stream().map(d -> {
            DocumentRef now = current.get(d.kind());
            return new AuthorisationView.Attached(d.kind(), d.key(), d.version(), d.sha256(),
                    now == null ? null : now.version(), now == null ? null : now.sha256(), changed.contains(d));
        }).toList();
        return new AuthorisationView(a.getId(), a.getRequestNo(), a.getStatus(), a.getRequestedBy(), a.getRequestedAt(),
                a.getRequestComment(), a.getDecidedBy(), a.getDecidedAt(), a.getContentSha256(), a.outdated(current),
                documents, approvalLog.forSubject(AuthorisationSteps.SUBJECT_TYPE, a.getRequestNo()).stream()
                        .map(DecisionView::of).toList());
    }

    private ManagementAuthorisation load(long id) {
        return authorisations.findById(id).orElseThrow(() -> IsmsException.notFound("authorisation.unknown", id));
    }

    private static void requireReader(Actor actor) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("authorisation.forbidden");
        }
    }
}
