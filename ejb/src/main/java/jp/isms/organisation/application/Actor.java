package jp.isms.organisation.application;

import java.util.Locale;
import java.util.Set;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.domain.IsmsException;

/**
 * Who is acting, as the services see it: read from the database on each request, never from what
 * the browser sends, so a revoked role takes effect at once.
 */
public record Actor(String username, String displayName, Set<Role> roles, Locale locale, boolean mustChangePassword) {

    public static Actor of(AppUser user) {
        return new Actor(user.getUsername(), user.getDisplayName(), Set.copyOf(user.getRoles()), user.locale(),
                user.isMustChangePassword());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Set<String> groupIds() {
        return roles.stream().map(Role::groupId).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Throws unless the actor holds the role; the message names the role in the user's language. */
    public void require(Role role) {
        if (!has(role)) {
            throw IsmsException.forbidden("error.roleRequired", "role." + role.groupId());
        }
    }
}
