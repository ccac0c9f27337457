package jp.isms.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.isms.shared.domain.ApprovableVersion;
import jp.isms.shared.domain.VersionRepository;
import jp.isms.shared.domain.VersionStatus;

/** JPA for the versions of any approvable document; one subclass per document names the entity. */
public abstract class JpaVersionRepository<V extends ApprovableVersion> implements VersionRepository<V> {

    @PersistenceContext
    EntityManager em;

    private final Class<V> type;

    protected JpaVersionRepository(Class<V> type) {
        this.type = type;
    }

    @Override
    public Optional<V> findById(long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    @Override
    public List<V> versions() {
        return em.createQuery("select v from " + type.getSimpleName() + " v order by v.versionNo", type).getResultList();
    }

    @Override
    public Optional<V> approved() {
        return em.createQuery("select v from " + type.getSimpleName() + " v where v.status = :status", type)
                .setParameter("status", VersionStatus.APPROVED).getResultStream().findFirst();
    }

    @Override
    public void add(V version) {
        em.persist(version);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
