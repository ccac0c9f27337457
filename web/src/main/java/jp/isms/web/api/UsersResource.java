package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.isms.organisation.application.UserAdministration;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/** User administration (administrators only; the service checks). */
@Path("/admin/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAdministration administration;

    public record NewUserJson(String username, String displayName, String email, String department,
            List<String> roles, String initialPassword) {
    }

    public record PasswordResetJson(String temporaryPassword) {
    }

    @GET
    public List<UserAdministration.UserSummary> list() {
        return administration.list(currentUser.actor());
    }

    @POST
    public Response create(NewUserJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : body.roles() == null ? List.<String>of() : body.roles()) {
            roles.add(Role.ofGroupId(group).orElseThrow(() -> IsmsException.invalid("user.role.unknown", group)));
        }
        var created = administration.create(currentUser.actor(), new UserAdministration.NewUser(body.username(),
                body.displayName(), body.email(), body.department(), roles, body.initialPassword()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("/{username}/password-reset")
    public Response resetPassword(@PathParam("username") String username, PasswordResetJson body) {
        administration.resetPassword(currentUser.actor(), username, body == null ? null : body.temporaryPassword());
        return Response.noContent().build();
    }
}
