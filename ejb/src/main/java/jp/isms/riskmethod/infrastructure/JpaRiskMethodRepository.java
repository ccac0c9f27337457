package jp.isms.riskmethod.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.isms.riskmethod.domain.RiskMethodRepository;
import jp.isms.riskmethod.domain.RiskMethodVersion;

@ApplicationScoped
public class JpaRiskMethodRepository implements RiskMethodRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<RiskMethodVersion> current() {
        return em.createQuery("select v from RiskMethodVersion v order by v.version desc", RiskMethodVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<RiskMethodVersion> findById(long id) {
        return Optional.ofNullable(em.find(RiskMethodVersion.class, id));
    }

    @Override
    public List<RiskMethodVersion> all() {
        return em.createQuery("select v from RiskMethodVersion v order by v.version desc", RiskMethodVersion.class)
                .getResultList();
    }

    @Override
    public void add(RiskMethodVersion version) {
        em.persist(version);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
