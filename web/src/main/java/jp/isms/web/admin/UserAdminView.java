package jp.isms.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import jp.isms.organisation.application.UserAdministration;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.PrimeFaces;

/** Listing users, creating one with an initial password, resetting a password. */
@Named
@ViewScoped
public class UserAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAdministration administration;

    private List<UserAdministration.UserSummary> users;
    private String username;
    private String displayName;
    private String email;
    private String department;
    private List<String> roles = new ArrayList<>();
    private String initialPassword;
    private String resetUsername;
    private String temporaryPassword;

    public void load() {
        Ui.attempt(() -> users = administration.list(currentUser.actor()));
    }

    public void create() {
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach(r -> Role.ofGroupId(r).ifPresent(chosen::add));
        if (Ui.attempt(() -> administration.create(currentUser.actor(), new UserAdministration.NewUser(username,
                displayName, email, department, chosen, initialPassword)))) {
            Ui.info("admin.userCreated", username);
            username = null;
            displayName = null;
            email = null;
            department = null;
            roles = new ArrayList<>();
            initialPassword = null;
            load();
            PrimeFaces.current().executeScript("PF('newUserDialog').hide()");
        }
    }

    public void prepareReset(String user) {
        resetUsername = user;
        temporaryPassword = null;
    }

    public void reset() {
        if (Ui.attempt(() -> administration.resetPassword(currentUser.actor(), resetUsername, temporaryPassword))) {
            Ui.info("admin.passwordReset", resetUsername);
            load();
            PrimeFaces.current().executeScript("PF('resetDialog').hide()");
        }
    }

    public List<String> getRoleIds() {
        return java.util.Arrays.stream(Role.values()).map(Role::groupId).toList();
    }

    public List<UserAdministration.DepartmentOption> getDepartments() {
        return administration.departments();
    }

    public List<UserAdministration.UserSummary> getUsers() {
        return users;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public String getResetUsername() {
        return resetUsername;
    }

    public String getTemporaryPassword() {
        return temporaryPassword;
    }

    public void setTemporaryPassword(String temporaryPassword) {
        this.temporaryPassword = temporaryPassword;
    }
}
