package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import jp.isms.organisation.application.AccountService;
import jp.isms.organisation.application.Actor;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/** The caller's own account. */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    public record MeJson(String username, String displayName, Set<String> roles, String language,
            boolean mustChangePassword) {
    }

    public record PasswordJson(String currentPassword, String newPassword) {
    }

    public record LanguageJson(String language) {
    }

    @GET
    public MeJson me() {
        Actor actor = currentUser.actor();
        return new MeJson(actor.username(), actor.displayName(), actor.groupIds(), actor.locale().getLanguage(),
                actor.mustChangePassword());
    }

    @POST
    @Path("/password")
    public Response changePassword(PasswordJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        accounts.changePassword(currentUser.actor().username(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @PUT
    @Path("/language")
    public Response language(LanguageJson body) {
        accounts.switchLanguage(currentUser.actor().username(), body == null ? null : body.language());
        return Response.noContent().build();
    }
}
