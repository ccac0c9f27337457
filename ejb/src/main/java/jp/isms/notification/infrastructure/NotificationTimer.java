package jp.isms.notification.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.isms.notification.application.MailDispatch;
import jp.isms.notification.application.Notifications;

/**
 * Every five minutes: reminders, escalations, the digests once their hour has come, then whatever is still
 * pending (mails whose after-commit send was lost with a restart). Not persistent: each node runs it; the mails'
 * unique keys keep each one single.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationTimer {

    private static final Logger LOG = Logger.getLogger(NotificationTimer.class.getName());

    @Inject
    Notifications notifications;

    @Inject
    MailDispatch dispatch;

    @Schedule(hour = "*", minute = "*/5", persistent = false, info = "isms-notifications")
    void everyFiveMinutes() {
        run(false);
    }

    /** The timer's work, also for the administrator's trigger ({@code digestNow}: bundle the digests at once). */
    public Notifications.ScanResult run(boolean digestNow) {
        try {
            Notifications.ScanResult result = notifications.scan(Instant.now(), digestNow);
            dispatch.sendPending();
            return result;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notification scan failed; the next one tries again", e);
            throw e;
        }
    }
}
