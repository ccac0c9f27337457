package jp.isms.shared.infrastructure;

import java.util.Optional;

/**
 * Operator settings. Each is read from a system property ({@code isms.demo-data}) or else from an
 * environment variable ({@code ISMS_DEMO_DATA}), the same pair the server's CLI configuration uses
 * for the datasource, so one name works for both the server and the application.
 */
public final class Settings {

    private Settings() {
    }

    public static Optional<String> get(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replace('.', '_').replace('-', '_'));
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    public static boolean flag(String property, boolean defaultValue) {
        return get(property).map(Boolean::parseBoolean).orElse(defaultValue);
    }

    /** True when the server runs on the embedded H2 default rather than a configured database. */
    public static boolean embeddedDatabase() {
        return get("isms.db.url").map(url -> url.startsWith("jdbc:h2:")).orElse(true);
    }
}
