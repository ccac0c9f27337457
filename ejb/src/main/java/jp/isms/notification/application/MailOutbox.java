package jp.isms.notification.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.isms.notification.domain.NotificationMail;
import jp.isms.notification.domain.NotificationPreference;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

/** The mails as rows: written, claimed for sending, marked. */
public interface MailOutbox {

    boolean exists(String dedupKey);

    /** Adds the mail unless one with its key exists; true if added. */
    boolean add(NotificationMail mail);

    /** Takes up to {@code max} pending mails for this node (a row another node took is skipped). */
    List<NotificationMail> claimPending(int max);

    Optional<NotificationMail> find(long id);

    List<NotificationMail> waitingForDigest(String username);

    /** Usernames with mails waiting for their digest. */
    List<String> digestReaders();

    Optional<NotificationPreference> preference(String username);

    void add(NotificationPreference preference);

    Page<NotificationMail> page(PageRequest request);

    long count(String recipient, Instant since);
}
