package jp.isms.notification.application;

/** Sends the pending mails: after the current transaction commits, or now (the timer, outside transactions). */
public interface MailDispatch {

    void afterCommit();

    int sendPending();
}
