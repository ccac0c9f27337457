package jp.isms.notification.domain;

/** Why a mail is sent. */
public enum MailKind {
    TASK, REMINDER, ESCALATION, DIGEST
}
