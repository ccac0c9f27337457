package jp.isms.web.deputy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.isms.deputy.application.DelegationView;
import jp.isms.deputy.application.Deputies;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** Naming a deputy for a period and revoking one; the list is the record of the caller's delegations. */
@Named
@ViewScoped
public class DeputiesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    Deputies deputies;

    private List<DelegationView> delegations;
    private List<Deputies.Candidate> candidates;
    private String deputy;
    private LocalDate from = Deputies.today();
    private LocalDate to = Deputies.today().plusDays(7);
    private String reason;

    public void load() {
        Ui.attempt(() -> {
            delegations = deputies.list(currentUser.actor());
            candidates = deputies.candidates(currentUser.actor());
        });
    }

    public void name() {
        if (Ui.attempt(() -> deputies.name(currentUser.actor(), deputy, from, to, reason))) {
            Ui.info("deputy.named", deputy);
            deputy = null;
            reason = null;
            load();
        }
    }

    public void revoke(long id) {
        if (Ui.attempt(() -> deputies.revoke(currentUser.actor(), id))) {
            Ui.info("deputy.revokedMessage");
            load();
        }
    }

    public boolean isMayRevoke(DelegationView d) {
        return !d.isRevokedNow() && (d.manager().equals(currentUser.actor().username())
                || currentUser.actor().has(jp.isms.organisation.domain.Role.ADMIN));
    }

    public boolean isManager() {
        return currentUser.actor().roles().stream().anyMatch(Deputies.MANAGER_ROLES::contains);
    }

    public List<DelegationView> getDelegations() {
        return delegations;
    }

    public List<Deputies.Candidate> getCandidates() {
        return candidates;
    }

    public String getDeputy() {
        return deputy;
    }

    public void setDeputy(String deputy) {
        this.deputy = deputy;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
