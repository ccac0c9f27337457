package jp.isms.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import jp.isms.cycle.application.CalendarFeed;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The user's calendar URL: create, regenerate (the old one stops working) or revoke it; shown once. */
@Named
@RequestScoped
public class CalendarFeedPage {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    @Inject
    CurrentUser currentUser;

    @Inject
    CalendarFeed feed;

    private String url;

    public String getSince() {
        return feed.activeSince(currentUser.actor()).map(SHOWN::format).orElse(null);
    }

    public void issue() {
        String token = feed.issue(currentUser.actor());
        url = feedUrl(token);
    }

    public void revoke() {
        feed.revoke(currentUser.actor());
        Ui.info("dashboard.calendar.revoked");
    }

    private static String feedUrl(String token) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String port = (external.getRequestServerPort() == 80 || external.getRequestServerPort() == 443) ? ""
                : ":" + external.getRequestServerPort();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + port
                + external.getRequestContextPath() + "/api/calendar/" + token + ".ics";
    }

    public String getUrl() {
        return url;
    }
}
