package jp.isms.web.account;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import jp.isms.organisation.application.AccountService;
import jp.isms.shared.application.Messages;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * The language of this session's screens. Japanese until the user signs in; then the user's own
 * choice from the database; a switch is stored for the next login too.
 */
@Named
@SessionScoped
public class UserPreferences implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = currentUser.signedIn() ? currentUser.actor().locale() : Messages.JAPANESE;
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public String getTimeZone() {
        return "Asia/Tokyo";
    }

    /**
     * Switches and reloads the page (keeping its view parameters), so everything on it, including
     * what the services render, comes in the new language.
     */
    public String switchTo(String language) {
        Locale wanted = Messages.supported(Locale.forLanguageTag(language));
        if (currentUser.signedIn()
                && !Ui.attempt(() -> accounts.switchLanguage(currentUser.actor().username(), wanted.getLanguage()))) {
            return null;
        }
        locale = wanted;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** After sign-in the user's stored choice wins over what the login page showed. */
    void signedIn() {
        locale = null;
    }
}
