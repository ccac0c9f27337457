package jp.isms.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import jp.isms.organisation.application.AccountService;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** Changing one's own password; forced after an initial or reset password. */
@Named
@RequestScoped
public class ChangePasswordForm {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public void change() throws IOException {
        if (newPassword == null || !newPassword.equals(confirmation)) {
            Ui.failedWith("password.confirmationMismatch");
            return;
        }
        if (Ui.attempt(() -> accounts.changePassword(currentUser.actor().username(), currentPassword, newPassword))) {
            Ui.info("password.changed");
            Ui.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/inbox.xhtml");
        }
    }

    public boolean isForced() {
        return currentUser.actor().mustChangePassword();
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
