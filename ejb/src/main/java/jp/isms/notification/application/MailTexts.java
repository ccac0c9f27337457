package jp.isms.notification.application;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jp.isms.notification.domain.MailKind;
import jp.isms.shared.application.Messages;

/**
 * The words of each mail, from the bundle in the recipient's language; the link opens the task's own form
 * (after signing in if needed). Times are Japan's, as on the screens.
 */
public final class MailTexts {

    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    /** A digest lists at most this many mails in full; the rest are counted. */
    static final int DIGEST_ITEMS = 15;

    private MailTexts() {
    }

    public record Text(String subject, String body) {
    }

    public static String link(String baseUrl, TaskFacts task) {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String form = task.formKey() == null || task.formKey().isBlank() ? "/app/inbox.xhtml" : task.formKey();
        return base + form + "?taskId=" + task.taskId();
    }

    /** A task mail; {@code onBehalfOfName}: the manager a deputy receives it for, or null. */
    public static Text task(MailKind kind, Locale locale, Recipient to, TaskFacts task, String link, String onBehalfOfName) {
        String name = localized(locale, "task." + task.taskKey(), task.taskName());
        String process = localized(locale, "process." + task.processKey(), task.processKey());
        String key = "notification." + kind.name().toLowerCase(Locale.ROOT);
        String due = task.due() == null ? Messages.get(locale, "notification.noDue") : DUE.format(task.due().toInstant());
        String businessKey = task.businessKey() == null ? "-" : task.businessKey();
        StringBuilder body = new StringBuilder(Messages.get(locale, key + ".body", to.displayName(), name, process,
                businessKey, due, link));
        if (onBehalfOfName != null) {
            body.append("\n").append(Messages.get(locale, "notification.onBehalfOf", onBehalfOfName));
        }
        body.append("\n\n").append(Messages.get(locale, "notification.footer"));
        return new Text(Messages.get(locale, key + ".subject", name, businessKey), body.toString());
    }

    /** One mail of the day's waiting mails, each in full up to {@link #DIGEST_ITEMS}. */
    public static Text digest(Locale locale, Recipient to, List<Text> items) {
        StringBuilder body = new StringBuilder(Messages.get(locale, "notification.digest.intro", to.displayName(),
                items.size()));
        items.stream().limit(DIGEST_ITEMS).forEach(item -> body.append("\n\n■ ").append(item.subject()).append("\n")
                .append(item.body().replace(Messages.get(locale, "notification.footer"), "").strip()));
        if (items.size() > DIGEST_ITEMS) {
            body.append("\n\n").append(Messages.get(locale, "notification.digest.more", items.size() - DIGEST_ITEMS));
        }
        body.append("\n\n").append(Messages.get(locale, "notification.footer"));
        return new Text(Messages.get(locale, "notification.digest.subject", items.size()), body.toString());
    }

    static String localized(Locale locale, String key, String fallback) {
        String text = Messages.get(locale, key);
        return text.equals(key) ? (fallback == null ? key : fallback) : text;
    }
}
