/** Who gets which mail, in which words, and the periodic scan for reminders, escalations and digests. */
package jp.isms.notification.application;
