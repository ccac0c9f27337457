/**
 * E-mail notifications: a new task, a reminder before its due date, an escalation once it is overdue, and an
 * optional daily digest, in the recipient's language with a link straight to the task. Every mail is a row
 * (the outbox, the record and the guard that each goes out once); sending happens after commit, off the task's
 * transaction, and a mail that cannot be sent is logged and recorded, never breaking the task.
 */
package jp.isms.notification;
