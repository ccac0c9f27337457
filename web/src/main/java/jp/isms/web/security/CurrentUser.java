package jp.isms.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import jp.isms.organisation.application.AccountService;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.domain.IsmsException;

/** The signed-in user of this request, read once from the database. */
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            Principal principal = request.getUserPrincipal();
            if (principal == null) {
                throw IsmsException.forbidden("error.notAuthenticated");
            }
            actor = accounts.actor(principal.getName());
        }
        return actor;
    }

    public boolean signedIn() {
        return request.getUserPrincipal() != null;
    }
}
