package jp.isms.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.isms.notification.application.Notifications;
import jp.isms.web.security.CurrentUser;

/** The caller's mail preference: a mail per task, or one digest a day. */
@Path("/me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    public record PreferenceJson(boolean dailyDigest) {
    }

    @GET
    public PreferenceJson preference() {
        return new PreferenceJson(notifications.dailyDigest(currentUser.actor().username()));
    }

    @PUT
    public PreferenceJson choose(PreferenceJson body) {
        notifications.chooseDailyDigest(currentUser.actor(), body != null && body.dailyDigest());
        return preference();
    }
}
