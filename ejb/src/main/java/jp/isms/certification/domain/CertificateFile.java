package jp.isms.certification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The PDF the body issued, apart from the certificate so that lists never load it. */
@Entity
@Table(name = "cert_certificate_file")
public class CertificateFile {

    /** The largest file accepted: a scanned certificate is a few hundred kilobytes. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Id
    @Column(name = "certificate_id")
    private Long certificateId;

    @Column(nullable = false)
    private byte[] content;

    protected CertificateFile() {
    }

    public CertificateFile(long certificateId, byte[] content) {
        this.certificateId = certificateId;
        this.content = content;
    }

    public void replace(byte[] newContent) {
        this.content = newContent;
    }

    public byte[] getContent() {
        return content;
    }
}
