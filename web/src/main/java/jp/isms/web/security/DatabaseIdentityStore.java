package jp.isms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;
import java.util.Set;
import jp.isms.organisation.application.AccountService;
import jp.isms.organisation.application.Actor;

/** Checks user name and password against the PBKDF2 hashes in the application's database. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    /** Every signed-in user has it; web.xml protects /app and /api with it. */
    public static final String AUTHENTICATED = "authenticated";

    @Inject
    AccountService accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.authenticate(login.getCaller(), login.getPasswordAsString())
                .map(DatabaseIdentityStore::valid)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    static CredentialValidationResult valid(Actor actor) {
        return new CredentialValidationResult(actor.username(), groups(actor));
    }

    static Set<String> groups(Actor actor) {
        Set<String> groups = new HashSet<>(actor.groupIds());
        groups.add(AUTHENTICATED);
        return groups;
    }
}
