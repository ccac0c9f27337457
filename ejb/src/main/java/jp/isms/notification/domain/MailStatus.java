package jp.isms.notification.domain;

/** Where a mail stands: waiting to be sent, waiting for the day's digest, sent (alone or bundled), or failed. */
public enum MailStatus {
    PENDING, SENDING, SENT, FAILED, WAITING_FOR_DIGEST, BUNDLED
}
