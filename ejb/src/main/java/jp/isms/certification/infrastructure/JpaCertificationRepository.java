package jp.isms.certification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.isms.certification.domain.Audit;
import jp.isms.certification.domain.BodySelection;
import jp.isms.certification.domain.Certificate;
import jp.isms.certification.domain.CertificateFile;
import jp.isms.certification.domain.CertificationBody;
import jp.isms.certification.domain.CertificationRepository;
import jp.isms.certification.domain.Finding;
import jp.isms.certification.domain.ReadinessConfig;

@ApplicationScoped
public class JpaCertificationRepository implements CertificationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<CertificationBody> bodies() {
        return em.createQuery("select b from CertificationBody b order by b.name", CertificationBody.class).getResultList();
    }

    @Override
    public Optional<CertificationBody> body(long id) {
        return Optional.ofNullable(em.find(CertificationBody.class, id));
    }

    @Override
    public void add(CertificationBody body) {
        em.persist(body);
    }

    @Override
    public List<BodySelection> selections() {
        return em.createQuery("select s from BodySelection s order by s.submittedAt desc, s.id desc", BodySelection.class)
                .getResultList();
    }

    @Override
    public Optional<BodySelection> selection(long id) {
        return Optional.ofNullable(em.find(BodySelection.class, id));
    }

    @Override
    public Optional<BodySelection> approvedSelection() {
        return em.createQuery("select s from BodySelection s where s.status = :status order by s.decidedAt desc, s.id desc",
                BodySelection.class).setParameter("status", BodySelection.Status.APPROVED).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void add(BodySelection selection) {
        em.persist(selection);
    }

    @Override
    public ReadinessConfig readinessConfig() {
        return em.createQuery("select c from ReadinessConfig c order by c.id", ReadinessConfig.class).setMaxResults(1)
                .getResultStream().findFirst().orElseGet(() -> {
                    ReadinessConfig config = new ReadinessConfig();
                    em.persist(config);
                    return config;
                });
    }

    @Override
    public List<Audit> audits() {
        return em.createQuery("select a from Audit a order by a.plannedDate desc, a.id desc", Audit.class).getResultList();
    }

    @Override
    public Optional<Audit> audit(long id) {
        return Optional.ofNullable(em.find(Audit.class, id));
    }

    @Override
    public Optional<Audit> auditByReference(String reference) {
        return em.createQuery("select a from Audit a where a.reference = :reference", Audit.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    @Override
    public void add(Audit audit) {
        em.persist(audit);
    }

    @Override
    public Optional<Finding> finding(long id) {
        return Optional.ofNullable(em.find(Finding.class, id));
    }

    @Override
    public List<Finding> findingsWithDeadline(LocalDate from, LocalDate to) {
        return em.createQuery("select f from Finding f join fetch f.audit where f.deadline between :from and :to"
                + " order by f.deadline, f.id", Finding.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<Certificate> certificates() {
        return em.createQuery("select c from Certificate c order by c.issueDate desc, c.id desc", Certificate.class)
                .getResultList();
    }

    @Override
    public Optional<Certificate> certificate(long id) {
        return Optional.ofNullable(em.find(Certificate.class, id));
    }

    @Override
    public Optional<Certificate> currentCertificate() {
        return em.createQuery("select c from Certificate c order by c.issueDate desc, c.id desc", Certificate.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void add(Certificate certificate) {
        em.persist(certificate);
    }

    @Override
    public Optional<CertificateFile> file(long certificateId) {
        return Optional.ofNullable(em.find(CertificateFile.class, certificateId));
    }

    @Override
    public void add(CertificateFile file) {
        em.persist(file);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
