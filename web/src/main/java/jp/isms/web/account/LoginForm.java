package jp.isms.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.isms.web.faces.Ui;

/** The login page. A wrong user name or password gets one message that does not say which. */
@Named
@RequestScoped
public class LoginForm {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserPreferences preferences;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                                password == null ? "" : password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                preferences.signedIn();
                external.redirect(external.getRequestContextPath() + safeNext());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                password = null;
                Ui.failedWith("login.failed");
            }
        }
    }

    /** Only a path inside this application, so the login page cannot be used to send people elsewhere. */
    String safeNext() {
        if (next != null && next.startsWith("/app/") && !next.contains("//") && !next.contains("\\")) {
            return next;
        }
        return "/app/inbox.xhtml";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
