package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.isms.cycle.application.CalendarFeed;

/**
 * A user's iCalendar feed. Calendar clients cannot sign in, so this path needs no login (web.xml) and the token in
 * the URL is the only credential: unknown or revoked tokens get 404, telling nothing about which it was.
 */
@Path("/calendar")
@RequestScoped
public class CalendarResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    CalendarFeed feed;

    @GET
    @Path("/{token}.ics")
    public Response ics(@PathParam("token") String token) {
        return feed.ics(token).map(ics -> Response.ok(ics, TEXT_CALENDAR).header("Cache-Control", "private, max-age=300")
                .build()).orElse(Response.status(Response.Status.NOT_FOUND).build());
    }
}
