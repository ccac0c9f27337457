/** Mails as records, their kinds and states, and each user's digest preference. */
package jp.isms.notification.domain;
