package jp.isms.deputy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.isms.deputy.domain.Delegation;
import jp.isms.deputy.domain.DelegationRepository;

@ApplicationScoped
public class JpaDelegationRepository implements DelegationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Delegation delegation) {
        em.persist(delegation);
    }

    @Override
    public Optional<Delegation> find(long id) {
        return Optional.ofNullable(em.find(Delegation.class, id));
    }

    @Override
    public List<Delegation> concerning(String username) {
        return em.createQuery("select d from Delegation d where d.manager = :u or d.deputy = :u order by d.namedAt desc, d.id desc",
                Delegation.class).setParameter("u", username).setMaxResults(200).getResultList();
    }

    @Override
    public List<Delegation> all(int first, int max) {
        return em.createQuery("select d from Delegation d order by d.namedAt desc, d.id desc", Delegation.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public List<Delegation> activeForDeputy(String deputy, LocalDate day) {
        return em.createQuery("select d from Delegation d where d.deputy = :u and d.revokedAt is null"
                + " and d.validFrom <= :day and d.validTo >= :day", Delegation.class)
                .setParameter("u", deputy).setParameter("day", day).getResultList();
    }

    @Override
    public List<Delegation> activeForManager(String manager, LocalDate day) {
        return em.createQuery("select d from Delegation d where d.manager = :u and d.revokedAt is null"
                + " and d.validFrom <= :day and d.validTo >= :day", Delegation.class)
                .setParameter("u", manager).setParameter("day", day).getResultList();
    }
}
