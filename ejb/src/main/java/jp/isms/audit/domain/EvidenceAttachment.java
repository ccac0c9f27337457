package jp.isms.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.isms.shared.domain.ContentHash;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * A file an auditor attached as evidence to a checklist item. Kept apart from the item so that listing a
 * checklist never loads the files; its SHA-256 goes into the report's hash.
 */
@Entity
@Table(name = "audit_attachment")
public class EvidenceAttachment extends Identified {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String sha256;

    protected EvidenceAttachment() {
    }

    public EvidenceAttachment(String fileName, String contentType, byte[] content) {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw IsmsException.invalid("audit.attachment.size", MAX_BYTES / (1024 * 1024));
        }
        this.fileName = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        this.contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
        this.content = content.clone();
        this.sha256 = ContentHash.sha256(content);
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getSha256() {
        return sha256;
    }
}
