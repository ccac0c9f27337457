package jp.isms.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import jp.isms.shared.application.Messages;
import jp.isms.web.Failure;
import jp.isms.web.account.UserPreferences;

/** Messages on screens, in the language of the current view. */
public final class Ui {

    private Ui() {
    }

    /**
     * The user's language. Not the view root's: before the render phase (a view action, a
     * validation) that still holds the browser's language, not the user's choice.
     */
    public static Locale locale() {
        return CDI.current().select(UserPreferences.class).get().getLocale();
    }

    public static String text(String key, Object... args) {
        return Messages.get(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    /** Shows what went wrong and marks the request failed, so dialogs stay open. */
    public static void failed(Throwable thrown) {
        Failure failure = Failure.of(thrown);
        add(failure.status() >= 500 ? FacesMessage.SEVERITY_FATAL : FacesMessage.SEVERITY_ERROR,
                failure.message(locale()));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** A message for a rule the bean itself checks (e.g. a confirmation that does not match). */
    public static void failedWith(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text, null));
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Runs a use case; a failure becomes a message instead of an error page. Returns true on success. */
    public static boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }
}
