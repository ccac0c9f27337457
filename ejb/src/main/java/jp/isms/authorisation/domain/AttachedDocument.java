package jp.isms.authorisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jp.isms.report.application.DocumentRef;

/** One document a request attached, exactly as it was: kind, key, version and content hash. */
@Embeddable
public class AttachedDocument {

    @Column(nullable = false)
    private String kind;

    @Column(name = "document_key", nullable = false)
    private String documentKey;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false)
    private String sha256;

    protected AttachedDocument() {
    }

    AttachedDocument(DocumentRef ref) {
        this.kind = ref.kind();
        this.documentKey = ref.key();
        this.version = ref.version();
        this.sha256 = ref.sha256();
    }

    public DocumentRef ref() {
        return new DocumentRef(kind, documentKey, version, sha256);
    }
}
