package jp.isms.cycle.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.isms.cycle.domain.Cycle;
import jp.isms.cycle.domain.CycleRepository;

@ApplicationScoped
public class JpaCycleRepository implements CycleRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Cycle> find(long id) {
        return Optional.ofNullable(em.find(Cycle.class, id));
    }

    @Override
    public Optional<Cycle> findByCertificate(long certificateId) {
        return em.createQuery("select c from Cycle c where c.certificateId = :id", Cycle.class)
                .setParameter("id", certificateId).getResultStream().findFirst();
    }

    @Override
    public Optional<Cycle> latest() {
        return em.createQuery("select c from Cycle c order by c.number desc, c.id desc", Cycle.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public int highestNumber() {
        Integer max = em.createQuery("select max(c.number) from Cycle c", Integer.class).getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public List<Cycle> overlapping(LocalDate from, LocalDate to) {
        return em.createQuery("select distinct c from Cycle c left join fetch c.audits "
                + "where c.issueDate <= :to and c.expiryDate >= :from order by c.number", Cycle.class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void add(Cycle cycle) {
        em.persist(cycle);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
