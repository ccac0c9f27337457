package jp.isms.notification.application;

import jp.isms.shared.infrastructure.Settings;

/**
 * The operator's settings of notifications (system property or environment variable, see README):
 * {@code isms.base-url} for links, {@code isms.notification.reminder-days}, {@code isms.notification.digest-hour}.
 */
public record NotificationSettings(String baseUrl, int reminderDays, int digestHour) {

    public static NotificationSettings current() {
        return new NotificationSettings(Settings.get("isms.base-url").orElse("http://localhost:8080"),
                number("isms.notification.reminder-days", 2), number("isms.notification.digest-hour", 8));
    }

    private static int number(String property, int fallback) {
        try {
            return Settings.get(property).map(Integer::parseInt).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
