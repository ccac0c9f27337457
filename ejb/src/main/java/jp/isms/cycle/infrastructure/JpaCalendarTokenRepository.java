package jp.isms.cycle.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.isms.cycle.domain.CalendarToken;
import jp.isms.cycle.domain.CalendarTokenRepository;

@ApplicationScoped
public class JpaCalendarTokenRepository implements CalendarTokenRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<CalendarToken> activeFor(String username) {
        return em.createQuery("select t from CalendarToken t where t.username = :u and t.revokedAt is null "
                + "order by t.createdAt desc", CalendarToken.class).setParameter("u", username).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<CalendarToken> byHash(String tokenHash) {
        return em.createQuery("select t from CalendarToken t where t.tokenHash = :h", CalendarToken.class)
                .setParameter("h", tokenHash).getResultStream().findFirst();
    }

    @Override
    public void add(CalendarToken token) {
        em.persist(token);
    }
}
