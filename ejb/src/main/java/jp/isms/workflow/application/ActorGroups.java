package jp.isms.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;

/**
 * The candidate groups a person answers to: the groups of their roles and, for a department head, the group of
 * their own department's heads ({@link Role#departmentHeadGroup(String)}), read from the database each time so a
 * move to another department takes effect at once.
 */
@ApplicationScoped
@Transactional
public class ActorGroups {
    // Transactional so that the user's department (a lazy association) loads also where the caller has no transaction.

    @Inject
    UserRepository users;

    public Set<String> of(Actor actor) {
        Set<String> groups = new HashSet<>(actor.groupIds());
        if (actor.has(Role.DEPT_HEAD)) {
            users.findByUsername(actor.username()).map(AppUser::getDepartment).filter(Objects::nonNull)
                    .ifPresent(d -> groups.add(Role.departmentHeadGroup(d.getCode())));
        }
        return groups;
    }

    /** The role an approval record names for a candidate group: a department's heads act as department heads. */
    public static String roleOf(String group) {
        return group.startsWith(Role.DEPT_HEAD.groupId() + ":") ? Role.DEPT_HEAD.groupId() : group;
    }
}
