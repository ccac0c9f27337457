package jp.isms.organisation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.isms.shared.domain.Identified;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.isms.shared.domain.IsmsException;

/** A person who signs in. Holds the password hash, the roles and the preferred language. */
@Entity
@Table(name = "app_user")
public class AppUser extends Identified {

    public static final Set<String> SUPPORTED_LANGUAGES = Set.of("ja", "en");

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private String email;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String language;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(nullable = false)
    private boolean enabled;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String email, Department department, Set<Role> roles,
            String initialPassword, boolean mustChangePassword) {
        if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,63}")) {
            throw IsmsException.invalid("user.username.invalid");
        }
        if (displayName == null || displayName.isBlank()) {
            throw IsmsException.invalid("user.displayName.required");
        }
        if (roles == null || roles.isEmpty()) {
            throw IsmsException.invalid("user.roles.required");
        }
        PasswordPolicy.check(username, initialPassword);
        this.username = username;
        this.displayName = displayName.trim();
        this.email = email;
        this.department = department;
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = PasswordHasher.hash(initialPassword);
        this.mustChangePassword = mustChangePassword;
        this.enabled = true;
        this.language = "ja";
        this.createdAt = Instant.now();
    }

    public boolean authenticates(String password) {
        return enabled && PasswordHasher.matches(password, passwordHash);
    }

    /** The user's own change: proves the old password, and lifts the first-login obligation. */
    public void changePassword(String currentPassword, String newPassword) {
        if (!PasswordHasher.matches(currentPassword, passwordHash)) {
            throw IsmsException.invalid("password.currentWrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw IsmsException.invalid("password.unchanged");
        }
        PasswordPolicy.check(username, newPassword);
        passwordHash = PasswordHasher.hash(newPassword);
        mustChangePassword = false;
    }

    /** An administrator's reset: the user must choose their own password at the next login. */
    public void resetPassword(String temporaryPassword) {
        PasswordPolicy.check(username, temporaryPassword);
        passwordHash = PasswordHasher.hash(temporaryPassword);
        mustChangePassword = true;
    }

    public void switchLanguage(String newLanguage) {
        if (newLanguage == null || !SUPPORTED_LANGUAGES.contains(newLanguage)) {
            throw IsmsException.invalid("user.language.unsupported", newLanguage);
        }
        language = newLanguage;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<String> groupIds() {
        return roles.stream().map(Role::groupId).collect(Collectors.toUnmodifiableSet());
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public Department getDepartment() {
        return department;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
