package jp.isms.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.stream.Collectors;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.application.Messages;
import jp.isms.web.security.CurrentUser;

/** What the menu offers this user; the services check again on every action. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserPreferences preferences;

    public String getDisplayName() {
        return currentUser.actor().displayName();
    }

    public String getRoleNames() {
        return currentUser.actor().roles().stream().map(r -> Messages.get(preferences.getLocale(), "role." + r.groupId()))
                .collect(Collectors.joining("・"));
    }

    public boolean isRiskReader() {
        return currentUser.actor().roles().stream().anyMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN);
    }

    /** The certification project is read by the same people as the risk register. */
    public boolean isProjectReader() {
        return isRiskReader();
    }

    /** Those who face the auditors take the evidence pack. */
    public boolean isEvidenceTaker() {
        return jp.isms.evidence.application.EvidencePacks.mayTake(currentUser.actor());
    }

    public boolean isCiso() {
        return currentUser.actor().has(Role.CISO);
    }

    /** The certification group: the CISO dashboard's viewers (every user has the calendar feed link in the header). */
    public boolean isDashboardReader() {
        var actor = currentUser.actor();
        return actor.has(Role.CISO) || actor.has(Role.ISMS_OFFICE) || actor.has(Role.TOP_MANAGEMENT);
    }

    public boolean isAdmin() {
        return currentUser.actor().has(Role.ADMIN);
    }
}
