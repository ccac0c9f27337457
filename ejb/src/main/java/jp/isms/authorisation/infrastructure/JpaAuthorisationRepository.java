package jp.isms.authorisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.isms.authorisation.domain.AuthorisationRepository;
import jp.isms.authorisation.domain.ManagementAuthorisation;

@ApplicationScoped
public class JpaAuthorisationRepository implements AuthorisationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ManagementAuthorisation> findById(Long id) {
        return Optional.ofNullable(em.find(ManagementAuthorisation.class, id));
    }

    @Override
    public Optional<ManagementAuthorisation> findByRequestNo(String requestNo) {
        return em.createQuery("select a from ManagementAuthorisation a where a.requestNo = :no",
                ManagementAuthorisation.class).setParameter("no", requestNo).getResultStream().findFirst();
    }

    @Override
    public List<ManagementAuthorisation> all() {
        return em.createQuery("select a from ManagementAuthorisation a order by a.requestNo desc",
                ManagementAuthorisation.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(a) from ManagementAuthorisation a", Long.class).getSingleResult();
    }

    @Override
    public void add(ManagementAuthorisation authorisation) {
        em.persist(authorisation);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
