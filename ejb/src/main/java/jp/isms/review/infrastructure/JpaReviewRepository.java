package jp.isms.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.isms.review.domain.ManagementReview;
import jp.isms.review.domain.ReviewAction;
import jp.isms.review.domain.ReviewRepository;
import jp.isms.review.domain.ReviewStatus;

@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ManagementReview> findById(Long id) {
        return Optional.ofNullable(em.find(ManagementReview.class, id));
    }

    @Override
    public Optional<ManagementReview> findByReviewNo(String reviewNo) {
        return em.createQuery("select r from ManagementReview r where r.reviewNo = :no", ManagementReview.class)
                .setParameter("no", reviewNo).getResultStream().findFirst();
    }

    @Override
    public List<ManagementReview> all() {
        return em.createQuery("select r from ManagementReview r order by r.scheduledDate desc, r.reviewNo desc",
                ManagementReview.class).getResultList();
    }

    @Override
    public long countInYear(int year) {
        return em.createQuery("select count(r) from ManagementReview r where r.reviewNo like :prefix", Long.class)
                .setParameter("prefix", "MR-" + year + "-%").getSingleResult();
    }

    @Override
    public Optional<ManagementReview> latestSigned() {
        return em.createQuery("select r from ManagementReview r where r.status = :signed order by r.signedAt desc",
                ManagementReview.class).setParameter("signed", ReviewStatus.SIGNED).setMaxResults(1).getResultStream()
                .findFirst();
    }

    @Override
    public Optional<ReviewAction> findAction(String actionKey) {
        return em.createQuery("select a from ReviewAction a where a.actionKey = :key", ReviewAction.class)
                .setParameter("key", actionKey).getResultStream().findFirst();
    }

    @Override
    public List<ReviewAction> signedActions(Long excludedReviewId) {
        return em.createQuery("select a from ReviewAction a where a.review.status = :signed"
                + " and a.review.id <> :excluded order by a.dueDate, a.actionKey", ReviewAction.class)
                .setParameter("signed", ReviewStatus.SIGNED).setParameter("excluded", excludedReviewId == null ? -1L : excludedReviewId)
                .getResultList();
    }

    @Override
    public List<ReviewAction> actionsDue(LocalDate from, LocalDate to) {
        return em.createQuery("select a from ReviewAction a join fetch a.review where a.dueDate between :from and :to"
                + " order by a.dueDate", ReviewAction.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public List<ManagementReview> scheduledBetween(LocalDate from, LocalDate to) {
        return em.createQuery("select r from ManagementReview r where r.scheduledDate between :from and :to"
                + " order by r.scheduledDate", ManagementReview.class).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    @Override
    public void add(ManagementReview review) {
        em.persist(review);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
