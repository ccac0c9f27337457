package jp.isms.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import jp.isms.notification.application.MailOutbox;
import jp.isms.notification.domain.NotificationMail;

/** Short transactions of their own around sending: take a batch, then mark each mail as it went. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class MailMarks {

    @Inject
    MailOutbox outbox;

    public List<NotificationMail> claim(int max) {
        return outbox.claimPending(max);
    }

    public void sent(long id) {
        outbox.find(id).ifPresent(NotificationMail::sent);
    }

    public void failed(long id, String why) {
        outbox.find(id).ifPresent(m -> m.failed(why));
    }
}
