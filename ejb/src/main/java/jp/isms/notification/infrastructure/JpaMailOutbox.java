package jp.isms.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.isms.notification.application.MailOutbox;
import jp.isms.notification.domain.MailKind;
import jp.isms.notification.domain.MailStatus;
import jp.isms.notification.domain.NotificationMail;
import jp.isms.notification.domain.NotificationPreference;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.infrastructure.CriteriaPages;
import jp.isms.shared.infrastructure.ListFilters;

@ApplicationScoped
@Transactional
public class JpaMailOutbox implements MailOutbox {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean exists(String dedupKey) {
        return !em.createQuery("select m.id from NotificationMail m where m.dedupKey = :k", Long.class)
                .setParameter("k", dedupKey).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public boolean add(NotificationMail mail) {
        if (exists(mail.getDedupKey())) {
            return false;
        }
        em.persist(mail);
        return true;
    }

    @Override
    public List<NotificationMail> claimPending(int max) {
        List<Long> ids = em.createQuery("select m.id from NotificationMail m where m.status = :s order by m.id", Long.class)
                .setParameter("s", MailStatus.PENDING).setMaxResults(max).getResultList();
        List<NotificationMail> mine = new ArrayList<>();
        for (Long id : ids) {
            // Another node may take the same row: the conditional update decides who sends it.
            int taken = em.createQuery("update NotificationMail m set m.status = :sending where m.id = :id and m.status = :pending")
                    .setParameter("sending", MailStatus.SENDING).setParameter("pending", MailStatus.PENDING)
                    .setParameter("id", id).executeUpdate();
            if (taken == 1) {
                mine.add(em.find(NotificationMail.class, id));
            }
        }
        return mine;
    }

    @Override
    public Optional<NotificationMail> find(long id) {
        return Optional.ofNullable(em.find(NotificationMail.class, id));
    }

    @Override
    public List<NotificationMail> waitingForDigest(String username) {
        return em.createQuery("select m from NotificationMail m where m.recipientUsername = :u and m.status = :s order by m.id",
                NotificationMail.class).setParameter("u", username).setParameter("s", MailStatus.WAITING_FOR_DIGEST)
                .getResultList();
    }

    @Override
    public List<String> digestReaders() {
        return em.createQuery("select distinct m.recipientUsername from NotificationMail m where m.status = :s", String.class)
                .setParameter("s", MailStatus.WAITING_FOR_DIGEST).getResultList();
    }

    @Override
    public Optional<NotificationPreference> preference(String username) {
        return Optional.ofNullable(em.find(NotificationPreference.class, username));
    }

    @Override
    public void add(NotificationPreference preference) {
        em.persist(preference);
    }

    @Override
    public Page<NotificationMail> page(PageRequest request) {
        return CriteriaPages.page(em, NotificationMail.class, request,
                Map.of("created", "createdAt", "recipient", "recipientUsername", "kind", "kind", "status", "status"),
                "created", (cb, root) -> {
                    List<Predicate> where = new ArrayList<>();
                    String recipient = request.filter("recipient");
                    if (recipient != null) {
                        where.add(ListFilters.contains(cb, root.get("recipientUsername"), recipient));
                    }
                    String subject = request.filter("subject");
                    if (subject != null) {
                        where.add(ListFilters.contains(cb, root.get("subject"), subject));
                    }
                    String taskId = request.filter("taskId");
                    if (taskId != null) {
                        where.add(cb.equal(root.get("taskId"), taskId));
                    }
                    ListFilters.code(request.filter("kind"), MailKind.class).ifPresent(k -> where.add(cb.equal(root.get("kind"), k)));
                    ListFilters.code(request.filter("status"), MailStatus.class)
                            .ifPresent(s -> where.add(cb.equal(root.get("status"), s)));
                    return where;
                });
    }

    @Override
    public long count(String recipient, Instant since) {
        return em.createQuery("select count(m) from NotificationMail m where m.recipientUsername = :u and m.createdAt >= :t",
                Long.class).setParameter("u", recipient).setParameter("t", since).getSingleResult();
    }
}
