package jp.isms.authorisation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.isms.organisation.domain.Company;
import jp.isms.report.application.DocumentRef;
import jp.isms.shared.domain.ContentHash;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * A request that top management authorise introducing and operating the ISMS, with the exact approved
 * documents it rests on. Once authorised it never changes; when any of those documents is replaced by a
 * newer approved version, the authorisation is outdated and a new one is needed.
 */
@Entity
@Table(name = "management_authorisation")
public class ManagementAuthorisation extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "request_no", nullable = false)
    private String requestNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuthorisationStatus status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "request_comment", length = 4000)
    private String requestComment;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "content_sha256", nullable = false)
    private String contentSha256;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "authorisation_document", joinColumns = @JoinColumn(name = "authorisation_id"))
    @OrderColumn(name = "line_no")
    private List<AttachedDocument> documents = new ArrayList<>();

    protected ManagementAuthorisation() {
    }

    public ManagementAuthorisation(Company company, String requestNo, String requestedBy, String comment,
            List<DocumentRef> attached) {
        if (attached == null || attached.isEmpty()) {
            throw IsmsException.invalid("authorisation.documentsMissing", "-");
        }
        this.company = company;
        this.requestNo = requestNo;
        this.status = AuthorisationStatus.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
        this.requestComment = comment == null || comment.isBlank() ? null : comment.strip();
        attached.forEach(ref -> documents.add(new AttachedDocument(ref)));
        this.contentSha256 = canonicalHash(attached);
    }

    /** SHA-256 over the attached documents' kinds, keys, versions and hashes: what the approval record names. */
    static String canonicalHash(List<DocumentRef> refs) {
        return ContentHash.sha256(refs.stream().map(r -> String.join("\u001f", r.kind(), r.key(),
                String.valueOf(r.version()), r.sha256())).collect(Collectors.joining("\n")));
    }

    /**
     * Top management authorises. The attached documents must still be the ones in force: authorising a
     * version that has meanwhile been replaced would approve something nobody uses any more.
     */
    public void authorise(String username, Map<String, DocumentRef> inForce) {
        requireRequested();
        if (!changedDocuments(inForce).isEmpty()) {
            throw IsmsException.conflict("authorisation.documentsChanged");
        }
        status = AuthorisationStatus.AUTHORISED;
        decidedBy = username;
        decidedAt = Instant.now();
    }

    public void returnRequest(String username) {
        requireRequested();
        status = AuthorisationStatus.RETURNED;
        decidedBy = username;
        decidedAt = Instant.now();
    }

    /** The attached documents that are no longer the approved version in force (another version, or none). */
    public List<DocumentRef> changedDocuments(Map<String, DocumentRef> inForce) {
        return getDocuments().stream().filter(d -> !d.equals(inForce.get(d.kind()))).toList();
    }

    /** Authorised, but on documents at least one of which has since been replaced. */
    public boolean outdated(Map<String, DocumentRef> inForce) {
        return status == AuthorisationStatus.AUTHORISED && !changedDocuments(inForce).isEmpty();
    }

    private void requireRequested() {
        if (status != AuthorisationStatus.REQUESTED) {
            throw IsmsException.conflict("authorisation.notRequested", "authorisation.status." + status.name());
        }
    }

    public String getRequestNo() {
        return requestNo;
    }

    public AuthorisationStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestComment() {
        return requestComment;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public List<DocumentRef> getDocuments() {
        return documents.stream().map(AttachedDocument::ref).toList();
    }
}
