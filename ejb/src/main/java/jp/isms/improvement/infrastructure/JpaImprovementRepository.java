package jp.isms.improvement.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.isms.improvement.domain.ImprovementItem;
import jp.isms.improvement.domain.ImprovementRepository;

@ApplicationScoped
public class JpaImprovementRepository implements ImprovementRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ImprovementItem> findByItemNo(String itemNo) {
        return em.createQuery("select i from ImprovementItem i where i.itemNo = :no", ImprovementItem.class)
                .setParameter("no", itemNo).getResultStream().findFirst();
    }

    @Override
    public List<ImprovementItem> all() {
        return em.createQuery("select i from ImprovementItem i order by i.itemNo", ImprovementItem.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(i) from ImprovementItem i", Long.class).getSingleResult();
    }

    @Override
    public List<ImprovementItem> targetBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select i from ImprovementItem i where i.targetDate between :from and :to"
                + " order by i.targetDate", ImprovementItem.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public void add(ImprovementItem item) {
        em.persist(item);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
