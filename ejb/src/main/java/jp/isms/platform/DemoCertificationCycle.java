package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import jp.isms.shared.domain.CertificateIssued;

/**
 * The demo company was certified on 16 February 2026, so the dashboard shows its first surveillance year. Until the
 * certificate context records the demo certificate itself, this fires the event it would fire (the cycle observes
 * it and plans surveillance in February 2027 and 2028 and the renewal before February 2029). When both exist, keep
 * one firing.
 */
@ApplicationScoped
public class DemoCertificationCycle {

    static final LocalDate ISSUED = LocalDate.of(2026, 2, 16);
    static final long DEMO_CERTIFICATE_ID = 1L;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CertificateIssued> certificates;

    void create() {
        Long scopeVersionId = em.createQuery("select s.id from ScopeVersion s order by s.versionNo", Long.class)
                .setMaxResults(1).getSingleResult();
        certificates.fire(new CertificateIssued(DEMO_CERTIFICATE_ID, "IS 745021", ISSUED, ISSUED.plusYears(3).minusDays(1),
                scopeVersionId, false));
    }
}
