package jp.isms.web.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.isms.notification.application.Notifications;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The account page's mail preference: a mail per task, or one digest a day. */
@Named
@ViewScoped
public class NotificationSettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    private boolean dailyDigest;

    @PostConstruct
    void load() {
        dailyDigest = notifications.dailyDigest(currentUser.actor().username());
    }

    public void save() {
        if (Ui.attempt(() -> notifications.chooseDailyDigest(currentUser.actor(), dailyDigest))) {
            Ui.info("notification.settings.saved");
        }
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }
}
