package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.isms.cycle.application.CalendarFeed;
import jp.isms.cycle.application.CisoDashboard;
import jp.isms.cycle.application.DashboardView;
import jp.isms.web.security.CurrentUser;

/**
 * The certification cycle: the CISO dashboard's data ({@code GET /cycle/dashboard}, CISO, office and top
 * management) and the caller's calendar token ({@code GET} tells whether there is one, {@code POST} issues a new one
 * and returns its URL once, {@code DELETE} revokes it).
 */
@Path("/cycle")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    CisoDashboard dashboard;

    @Inject
    CalendarFeed feed;

    @Context
    UriInfo uriInfo;

    public record TokenJson(boolean active, String createdAt, String url) {
    }

    @GET
    @Path("/dashboard")
    public DashboardView dashboard() {
        return dashboard.view(currentUser.actor(), currentUser.actor().locale());
    }

    @GET
    @Path("/calendar-token")
    public TokenJson token() {
        return feed.activeSince(currentUser.actor()).map(t -> new TokenJson(true, Json.instant(t), null))
                .orElse(new TokenJson(false, null, null));
    }

    @POST
    @Path("/calendar-token")
    public TokenJson issue() {
        String token = feed.issue(currentUser.actor());
        String url = uriInfo.getBaseUriBuilder().path("calendar").path(token + ".ics").build().toString();
        return new TokenJson(true, null, url);
    }

    @DELETE
    @Path("/calendar-token")
    public Response revoke() {
        return feed.revoke(currentUser.actor()) ? Response.noContent().build()
                : Response.status(Response.Status.NOT_FOUND).build();
    }
}
