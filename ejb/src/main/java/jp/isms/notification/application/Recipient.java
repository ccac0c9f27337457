package jp.isms.notification.application;

import java.util.Locale;

/** A person a mail can reach: with an e-mail address and a language. */
public record Recipient(String username, String displayName, String email, Locale locale) {
}
