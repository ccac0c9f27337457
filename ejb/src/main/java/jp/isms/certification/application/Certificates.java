package jp.isms.certification.application;

import static jp.isms.processes.CertificationAudit.TASK_RECORD_CERTIFICATE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.isms.certification.domain.Audit;
import jp.isms.certification.domain.AuditStatus;
import jp.isms.certification.domain.Certificate;
import jp.isms.certification.domain.CertificateFile;
import jp.isms.certification.domain.CertificationRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.scope.domain.ScopeRepository;
import jp.isms.scope.domain.ScopeVersion;
import jp.isms.shared.domain.CertificateIssued;
import jp.isms.shared.domain.ContentHash;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.ScopeChangeAudited;
import jp.isms.workflow.application.TaskActions;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The certificates the body issued. Recording one (after a recommendation of the initial or a renewal audit)
 * makes the company certified, fires {@link CertificateIssued} for the cycle and completes the audit's last
 * task. The certificate's scope version follows a positive scope-change audit, its history kept.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Inject
    CertificationRepository repository;

    @Inject
    ScopeRepository scopes;

    @Inject
    TaskService taskService;

    @Inject
    TaskActions tasks;

    @Inject
    Event<CertificateIssued> issued;

    public Optional<CertificateView> current(Actor actor) {
        CertificationBodies.requireReader(actor);
        return repository.currentCertificate().map(this::viewOf);
    }

    public List<CertificateView> all(Actor actor) {
        CertificationBodies.requireReader(actor);
        return repository.certificates().stream().map(this::viewOf).toList();
    }

    public CertificateView view(Actor actor, long id) {
        CertificationBodies.requireReader(actor);
        return viewOf(certificate(id));
    }

    /** The audit that waits for its certificate: recommended, initial or renewal. */
    public Optional<Audit> awaitingCertificate() {
        return repository.audits().stream().filter(a -> a.getStatus() == AuditStatus.RECOMMENDED
                && a.getKind().endsWithCertificate()).findFirst();
    }

    /** The reference of the audit waiting for its certificate, if any (the record form shows it). */
    public Optional<String> awaitingReference(Actor actor) {
        CertificationBodies.requireReader(actor);
        return awaitingCertificate().map(Audit::getReference);
    }

    public CertificateView record(Actor actor, CertificateInput input) {
        actor.require(Role.ISMS_OFFICE);
        Audit audit = awaitingCertificate().orElseThrow(() -> IsmsException.conflict("certification.certificate.noRecommendation"));
        Long scopeVersionId = audit.getScopeVersionId() != null ? audit.getScopeVersionId()
                : scopes.approved().map(ScopeVersion::getId).orElse(null);
        if (scopeVersionId == null) {
            throw IsmsException.invalid("certification.certificate.noScope");
        }
        Certificate certificate = issue(audit, input, scopeVersionId, actor.username());
        if (audit.getProcessInstance() != null) {
            Task task = taskService.createTaskQuery().processInstanceId(audit.getProcessInstance())
                    .taskDefinitionKey(TASK_RECORD_CERTIFICATE).singleResult();
            if (task != null) {
                tasks.complete(actor, task.getId(), "submit", null);
            }
        }
        return viewOf(certificate);
    }

    /** Creates the certificate for the recommended audit and tells the cycle (also used by the demo data). */
    public Certificate issue(Audit audit, CertificateInput input, long scopeVersionId, String by) {
        if (input.issueDate() == null) {
            throw IsmsException.invalid("validation.required", "certification.issueDate");
        }
        if (repository.certificates().stream().anyMatch(c -> c.getCertificateNo().equals(input.number())
                && c.getIssueDate().equals(input.issueDate()))) {
            throw IsmsException.conflict("certification.certificate.exists", input.number());
        }
        Certificate certificate = new Certificate(input.number(), audit.getBody(), audit, input.edition(),
                scopeVersionId, input.issueDate(), by);
        audit.certificateIssued();
        repository.add(certificate);
        repository.flush();
        issued.fire(new CertificateIssued(certificate.getId(), certificate.getCertificateNo(), certificate.getIssueDate(),
                certificate.getExpiryDate(), certificate.getScopeVersionId(), certificate.isRenewal()));
        return certificate;
    }

    /** The PDF the body sent; replaces an earlier upload. */
    public CertificateView upload(Actor actor, long certificateId, String fileName, byte[] content) {
        actor.require(Role.ISMS_OFFICE);
        if (content == null || content.length < PDF_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw IsmsException.invalid("certification.certificate.notPdf");
        }
        if (content.length > CertificateFile.MAX_BYTES) {
            throw IsmsException.invalid("certification.certificate.tooLarge", CertificateFile.MAX_BYTES / (1024 * 1024));
        }
        Certificate certificate = certificate(certificateId);
        String name = fileName == null || fileName.isBlank() ? certificate.getCertificateNo() + ".pdf"
                : fileName.replaceAll("[\\\\/]", "_");
        certificate.attachFile(name, ContentHash.sha256(content));
        repository.file(certificateId).ifPresentOrElse(f -> f.replace(content),
                () -> repository.add(new CertificateFile(certificateId, content)));
        repository.flush();
        return viewOf(certificate);
    }

    public record Download(String fileName, byte[] content) {
    }

    public Download download(Actor actor, long certificateId) {
        CertificationBodies.requireReader(actor);
        Certificate certificate = certificate(certificateId);
        byte[] content = repository.file(certificateId).map(CertificateFile::getContent)
                .orElseThrow(() -> IsmsException.notFound("certification.certificate.noFile", certificate.getCertificateNo()));
        return new Download(certificate.getFileName(), content);
    }

    /** A positive scope-change audit: the current certificate now covers the new scope version. */
    void scopeChangeAudited(@Observes ScopeChangeAudited audited) {
        repository.currentCertificate().ifPresent(c -> {
            c.followScope(audited.scopeVersionId(), audited.decidedOn());
            repository.flush();
        });
    }

    private Certificate certificate(long id) {
        return repository.certificate(id).orElseThrow(() -> IsmsException.notFound("certification.certificate.unknown", id));
    }

    private Integer versionNo(long scopeVersionId) {
        return scopes.findById(scopeVersionId).map(ScopeVersion::getVersionNo).orElse(null);
    }

    private CertificateView viewOf(Certificate c) {
        LocalDate today = LocalDate.now(CertificationAudits.TOKYO);
        return new CertificateView(c.getId(), c.getCertificateNo(), c.getBody().getName(), c.getStandardEdition().label(),
                c.getScopeVersionId(), versionNo(c.getScopeVersionId()), c.getIssueDate(), c.getExpiryDate(), c.isRenewal(),
                c.getAudit() == null ? null : c.getAudit().getReference(), c.getFileName(), c.getFileSha256(),
                c.validity().isValidOn(today), c.getScopeHistory().stream()
                        .map(h -> new CertificateView.ScopeLine(h.getScopeVersionId(), versionNo(h.getScopeVersionId()),
                                h.getSince(), h.getReason())).toList());
    }
}
