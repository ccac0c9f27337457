package jp.isms.web.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.isms.notification.application.MailRow;
import jp.isms.notification.application.Notifications;
import jp.isms.notification.infrastructure.NotificationTimer;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The administrator's record of mails (who, what, when, result), and the scan on demand. */
@Named
@ViewScoped
public class SentMailsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Notifications notifications;

    @Inject
    NotificationTimer timer;

    private PagedModel<MailRow> model;

    public PagedModel<MailRow> getModel() {
        if (model == null) {
            model = new PagedModel<>(request -> notifications.page(currentUser.actor(), request),
                    row -> Long.toString(row.id()), "created", false);
        }
        return model;
    }

    public void run(boolean digest) {
        Ui.attempt(() -> {
            currentUser.actor().require(Role.ADMIN);
            Notifications.ScanResult result = timer.run(digest);
            Ui.info("notification.mails.ran", result.reminders(), result.escalations(), result.digests());
        });
    }
}
