package jp.isms.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<AppUser> findByUsername(String username) {
        return em.createQuery("select u from AppUser u where u.username = :username", AppUser.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    @Override
    public List<AppUser> findAll() {
        return em.createQuery("select u from AppUser u order by u.username", AppUser.class).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
    }

    @Override
    public void add(AppUser user) {
        em.persist(user);
    }
}
