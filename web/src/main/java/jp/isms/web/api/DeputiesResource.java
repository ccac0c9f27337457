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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.isms.deputy.application.Deputies;
import jp.isms.deputy.application.DelegationView;
import jp.isms.shared.domain.IsmsException;
import jp.isms.web.security.CurrentUser;

/** Deputies (代理承認): the caller's delegations, naming one for oneself, revoking it. */
@Path("/deputies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeputiesResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Deputies deputies;

    public record NewDelegationJson(String deputy, String from, String to, String reason) {
    }

    public record DelegationJson(long id, String manager, String managerName, String deputy, String deputyName,
            String from, String to, String reason, String namedBy, String namedAt, String revokedBy, String revokedAt,
            boolean active) {

        static DelegationJson of(DelegationView d) {
            return new DelegationJson(d.id(), d.manager(), d.managerName(), d.deputy(), d.deputyName(),
                    d.validFrom().toString(), d.validTo().toString(), d.reason(), d.namedBy(), Json.instant(d.namedAt()),
                    d.revokedBy(), Json.instant(d.revokedAt()), d.active());
        }
    }

    @GET
    public List<DelegationJson> list() {
        return deputies.list(currentUser.actor()).stream().map(DelegationJson::of).toList();
    }

    @POST
    public Response name(NewDelegationJson body) {
        if (body == null) {
            throw IsmsException.invalid("error.badRequest");
        }
        DelegationView named = deputies.name(currentUser.actor(), body.deputy(), day(body.from()), day(body.to()),
                body.reason());
        return Response.status(Response.Status.CREATED).entity(DelegationJson.of(named)).build();
    }

    @POST
    @Path("/{id}/revoke")
    public DelegationJson revoke(@PathParam("id") long id) {
        return DelegationJson.of(deputies.revoke(currentUser.actor(), id));
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw IsmsException.invalid("deputy.periodRequired");
        }
    }
}
