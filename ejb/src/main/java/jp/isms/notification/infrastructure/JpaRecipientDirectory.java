package jp.isms.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.isms.notification.application.Recipient;
import jp.isms.notification.application.RecipientDirectory;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Role;

/** Candidate groups resolved by the database: a role's holders, or one department's heads. */
@ApplicationScoped
public class JpaRecipientDirectory implements RecipientDirectory {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Recipient> inGroup(String group) {
        String prefix = Role.DEPT_HEAD.groupId() + ":";
        List<AppUser> users;
        if (group.startsWith(prefix)) {
            users = em.createQuery("select u from AppUser u join u.roles r where r = :role and u.enabled = true"
                    + " and u.department.code = :code order by u.username", AppUser.class)
                    .setParameter("role", Role.DEPT_HEAD).setParameter("code", group.substring(prefix.length())).getResultList();
        } else {
            Optional<Role> role = Role.ofGroupId(group);
            if (role.isEmpty()) {
                return List.of();
            }
            users = em.createQuery("select u from AppUser u join u.roles r where r = :role and u.enabled = true"
                    + " order by u.username", AppUser.class).setParameter("role", role.get()).getResultList();
        }
        return users.stream().filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).map(JpaRecipientDirectory::of)
                .toList();
    }

    @Override
    public Optional<Recipient> user(String username) {
        return em.createQuery("select u from AppUser u where u.username = :u and u.enabled = true", AppUser.class)
                .setParameter("u", username).getResultStream().findFirst()
                .filter(u -> u.getEmail() != null && !u.getEmail().isBlank()).map(JpaRecipientDirectory::of);
    }

    private static Recipient of(AppUser user) {
        return new Recipient(user.getUsername(), user.getDisplayName(), user.getEmail().trim(), user.locale());
    }
}
