package jp.isms.governance.application;

import static jp.isms.processes.GovernanceApproval.*;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.domain.ApprovableVersion;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Submitting a governance document version to {@code governance-approval}, and the domain side of
 * that process's service tasks (called by the delegates inside the engine's transaction).
 */
@ApplicationScoped
@Transactional
public class DocumentApprovals {

    @Inject
    Instance<ApprovableDocument> documents;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ApprovalLog approvalLog;

    /** The ISMS office submits a version; returns the id of the started process instance. */
    public String submit(Actor actor, String type, long versionId, String comment) {
        actor.require(Role.ISMS_OFFICE);
        ApprovableDocument document = document(type);
        ApprovableVersion version = document.version(versionId);
        String businessKey = businessKey(document, version);
        if (running(businessKey)) {
            throw IsmsException.conflict(type + ".approvalRunning");
        }
        version.submit(actor.username());
        String instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                Map.of(VAR_DOCUMENT_TYPE, type, VAR_DOCUMENT_ID, version.getId(), VAR_SUBMITTED_BY, actor.username(),
                        VAR_CISO_REVIEW, document.cisoReview())).getId();
        approvalLog.append(new ApprovalRecord(subject(document, version), instance, "submission", Decision.SUBMIT,
                actor.username(), actor.displayName(), Role.ISMS_OFFICE.groupId(), comment));
        return instance;
    }

    public void returnForRevision(String type, long versionId) {
        document(type).version(versionId).returnForRevision();
    }

    public void resubmit(String type, long versionId, String username) {
        document(type).version(versionId).submit(username);
    }

    /** Freezes the version, retires the one it replaces, and tells the document's context. */
    public void approve(String type, long versionId) {
        ApprovableDocument document = document(type);
        ApprovableVersion version = document.version(versionId);
        document.approvedVersion().filter(v -> !v.getId().equals(version.getId()))
                .ifPresent(ApprovableVersion::supersede);
        version.approve();
        document.approved(version);
    }

    public ApprovalRecord.Subject subject(String type, long versionId) {
        ApprovableDocument document = document(type);
        return subject(document, document.version(versionId));
    }

    /** The view of one version, with every version and every decision of the document. */
    public <V extends ApprovableVersion, C> DocumentView<C> view(String type, V version, List<V> versions,
            Function<V, C> content) {
        ApprovableDocument document = document(type);
        V newest = versions.get(versions.size() - 1);
        return new DocumentView<>(version.getId(), version.getVersionNo(), version.getStatus(), version.getCreatedAt(),
                version.getSubmittedBy(), version.getApprovedAt(), version.getApprovedFingerprint(),
                version.fingerprint(), version.getLockVersion(), running(businessKey(document, version)),
                newest.getId().equals(version.getId()),
                versions.stream().map(v -> new DocumentView.VersionRef(v.getId(), v.getVersionNo(), v.getStatus(),
                        v.getApprovedAt())).toList(),
                approvalLog.forSubject(document.subjectKey(), document.subjectKey()).stream()
                        .map(DocumentView.DecisionEntry::of).toList(),
                content.apply(version));
    }

    private static ApprovalRecord.Subject subject(ApprovableDocument document, ApprovableVersion version) {
        return new ApprovalRecord.Subject(document.subjectKey(), document.subjectKey(), version.getVersionNo(),
                version.fingerprint());
    }

    private static String businessKey(ApprovableDocument document, ApprovableVersion version) {
        return document.subjectKey() + "-v" + version.getVersionNo();
    }

    private boolean running(String businessKey) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).active().count() > 0;
    }

    private ApprovableDocument document(String type) {
        return documents.stream().filter(d -> d.type().equals(type)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No governance document of type " + type));
    }
}
