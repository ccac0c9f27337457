package jp.isms.workflow.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.isms.deputy.application.Deputies;
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

    @Inject
    Deputies deputies;

    public Set<String> of(Actor actor) {
        Set<String> groups = new HashSet<>(actor.groupIds());
        if (actor.has(Role.DEPT_HEAD)) {
            users.findByUsername(actor.username()).map(AppUser::getDepartment).filter(Objects::nonNull)
                    .ifPresent(d -> groups.add(Role.departmentHeadGroup(d.getCode())));
        }
        return groups;
    }

    /**
     * The groups the actor answers to today as someone's deputy, each with the manager stood in for: only the
     * manager's management groups (never the manager's other roles), and none the actor holds in their own right.
     */
    public Map<String, String> delegated(Actor actor) {
        Set<String> own = of(actor);
        Map<String, String> groups = new LinkedHashMap<>();
        for (String manager : deputies.managersStoodInForBy(actor.username())) {
            users.findByUsername(manager).filter(AppUser::isEnabled).ifPresent(user -> {
                for (Role role : user.getRoles()) {
                    if (Deputies.MANAGER_ROLES.contains(role)) {
                        groups.putIfAbsent(role.groupId(), manager);
                    }
                }
                if (user.hasRole(Role.DEPT_HEAD) && user.getDepartment() != null) {
                    groups.putIfAbsent(Role.departmentHeadGroup(user.getDepartment().getCode()), manager);
                }
            });
        }
        groups.keySet().removeAll(own);
        return groups;
    }

    /** The role an approval record names for a candidate group: a department's heads act as department heads. */
    public static String roleOf(String group) {
        return group.startsWith(Role.DEPT_HEAD.groupId() + ":") ? Role.DEPT_HEAD.groupId() : group;
    }
}
