package jp.isms.certification.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Bodies, selections, audits and certificates of the company. */
public interface CertificationRepository {

    List<CertificationBody> bodies();

    Optional<CertificationBody> body(long id);

    void add(CertificationBody body);

    List<BodySelection> selections();

    Optional<BodySelection> selection(long id);

    /** The approved selection in force: the newest approved one. */
    Optional<BodySelection> approvedSelection();

    void add(BodySelection selection);

    /** The configuration, created with its defaults on first use. */
    ReadinessConfig readinessConfig();

    List<Audit> audits();

    Optional<Audit> audit(long id);

    Optional<Audit> auditByReference(String reference);

    void add(Audit audit);

    Optional<Finding> finding(long id);

    List<Finding> findingsWithDeadline(LocalDate from, LocalDate to);

    List<Certificate> certificates();

    Optional<Certificate> certificate(long id);

    /** The newest certificate by issue date. */
    Optional<Certificate> currentCertificate();

    void add(Certificate certificate);

    Optional<CertificateFile> file(long certificateId);

    void add(CertificateFile file);

    void flush();
}
