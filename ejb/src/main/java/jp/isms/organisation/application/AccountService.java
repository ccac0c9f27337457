package jp.isms.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.PasswordHasher;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.domain.IsmsException;

/** A person's own account: checking credentials, changing the password, choosing the language. */
@ApplicationScoped
@Transactional
public class AccountService {

    @Inject
    UserRepository users;

    /** The actor for valid credentials; empty for anything else, without saying which part was wrong. */
    public Optional<Actor> authenticate(String username, String password) {
        Optional<AppUser> user = users.findByUsername(username == null ? "" : username.trim());
        if (user.isEmpty()) {
            PasswordHasher.burnEquivalentTime(password);
            return Optional.empty();
        }
        return user.filter(u -> u.authenticates(password)).map(Actor::of);
    }

    public Actor actor(String username) {
        AppUser user = users.findByUsername(username)
                .filter(AppUser::isEnabled)
                .orElseThrow(() -> IsmsException.forbidden("error.accountDisabled"));
        return Actor.of(user);
    }

    public void changePassword(String username, String currentPassword, String newPassword) {
        load(username).changePassword(currentPassword, newPassword);
    }

    public void switchLanguage(String username, String language) {
        load(username).switchLanguage(language);
    }

    private AppUser load(String username) {
        return users.findByUsername(username).orElseThrow(() -> IsmsException.notFound("error.userUnknown", username));
    }
}
