package jp.isms.shared.application;

/**
 * One thing the next certification audit needs, met or not: "SoA approved", "internal audit done"...
 *
 * @param label  already localized
 * @param met    ready
 * @param detail what is missing or what satisfies it (a version, a date), localized
 * @param link   the page where it is done, relative to the application root
 */
public record ReadinessItem(String label, boolean met, String detail, String link) {
}
