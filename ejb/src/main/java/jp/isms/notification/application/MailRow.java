package jp.isms.notification.application;

import java.time.Instant;
import jp.isms.notification.domain.MailKind;
import jp.isms.notification.domain.MailStatus;
import jp.isms.notification.domain.NotificationMail;

/** A mail as the administrator's record shows it. */
public record MailRow(long id, MailKind kind, String taskId, String recipient, String email, String language,
        String subject, MailStatus status, Long digestId, Instant createdAt, Instant sentAt, String error)
        implements java.io.Serializable {

    static MailRow of(NotificationMail m) {
        return new MailRow(m.getId(), m.getKind(), m.getTaskId(), m.getRecipientUsername(), m.getRecipientEmail(),
                m.getLanguage(), m.getSubject(), m.getStatus(), m.getDigestId(), m.getCreatedAt(), m.getSentAt(),
                m.getError());
    }
}
