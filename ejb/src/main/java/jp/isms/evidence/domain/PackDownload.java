package jp.isms.evidence.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import jp.isms.shared.domain.Identified;

/**
 * One evidence pack handed out: the log an auditor asks for when two people hold two packs. The ZIP's
 * SHA-256 names the exact bytes received; the index inside names each document.
 */
@Entity
@Table(name = "evidence_pack_download")
public class PackDownload extends Identified {

    @Column(name = "downloaded_by", nullable = false, updatable = false)
    private String downloadedBy;

    @Column(name = "downloaded_at", nullable = false, updatable = false)
    private Instant downloadedAt;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "file_count", nullable = false, updatable = false)
    private int fileCount;

    @Column(name = "zip_sha256", nullable = false, updatable = false)
    private String zipSha256;

    @Column(name = "zip_bytes", nullable = false, updatable = false)
    private long zipBytes;

    protected PackDownload() {
    }

    public PackDownload(String downloadedBy, Instant downloadedAt, String language, int fileCount, String zipSha256,
            long zipBytes) {
        this.downloadedBy = Objects.requireNonNull(downloadedBy);
        this.downloadedAt = Objects.requireNonNull(downloadedAt);
        this.language = Objects.requireNonNull(language);
        this.fileCount = fileCount;
        this.zipSha256 = Objects.requireNonNull(zipSha256);
        this.zipBytes = zipBytes;
    }

    public String getDownloadedBy() {
        return downloadedBy;
    }

    public Instant getDownloadedAt() {
        return downloadedAt;
    }

    public String getLanguage() {
        return language;
    }

    public int getFileCount() {
        return fileCount;
    }

    public String getZipSha256() {
        return zipSha256;
    }

    public long getZipBytes() {
        return zipBytes;
    }
}
