package jp.isms.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import jp.isms.web.Failure;
import jp.isms.web.security.CurrentUser;

/** Until an initial password is changed, the API answers only /api/me. */
@Provider
public class PasswordChangeRequiredFilter implements ContainerRequestFilter {

    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (currentUser.signedIn() && !path.startsWith("me") && !path.startsWith("/me")
                && currentUser.actor().mustChangePassword()) {
            request.abortWith(ApiErrors.respond(new Failure(403, "error.passwordChangeRequired", new Object[0]),
                    currentUser.actor().locale()));
        }
    }
}
