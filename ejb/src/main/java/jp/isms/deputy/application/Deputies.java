package jp.isms.deputy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.isms.deputy.domain.Delegation;
import jp.isms.deputy.domain.DelegationRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.AppUser;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.domain.IsmsException;

/**
 * Naming and revoking deputies. Only managers (top management, the CISO, department heads) name one, for
 * themselves; the deputy then acts with the manager's authority, for the manager's tasks only, during the period.
 */
@ApplicationScoped
@Transactional
public class Deputies {

    /** The roles whose holders are managers and may name a deputy; a deputy receives only these groups. */
    public static final Set<Role> MANAGER_ROLES = EnumSet.of(Role.TOP_MANAGEMENT, Role.CISO, Role.DEPT_HEAD);

    /** Periods are calendar days in Japan, whatever the server's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    @Inject
    DelegationRepository delegations;

    @Inject
    UserRepository users;

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public DelegationView name(Actor actor, String deputyUsername, LocalDate from, LocalDate to, String reason) {
        if (actor.roles().stream().noneMatch(MANAGER_ROLES::contains)) {
            throw IsmsException.forbidden("deputy.managersOnly");
        }
        if (deputyUsername != null && !deputyUsername.isBlank()) {
            AppUser deputy = users.findByUsername(deputyUsername.trim())
                    .orElseThrow(() -> IsmsException.invalid("deputy.unknownUser", deputyUsername));
            if (!deputy.isEnabled()) {
                throw IsmsException.invalid("deputy.unknownUser", deputyUsername);
            }
        }
        Delegation delegation = new Delegation(actor.username(), deputyUsername == null ? null : deputyUsername.trim(),
                from, to, reason, actor.username(), today());
        delegations.add(delegation);
        return view(delegation);
    }

    /** The manager revokes their own delegation; an administrator any (e.g. when the deputy leaves). */
    public DelegationView revoke(Actor actor, long id) {
        Delegation delegation = delegations.find(id).orElseThrow(() -> IsmsException.notFound("deputy.unknown", id));
        if (!delegation.getManager().equals(actor.username()) && !actor.has(Role.ADMIN)) {
            throw IsmsException.forbidden("deputy.notYours");
        }
        delegation.revoke(actor.username());
        return view(delegation);
    }

    /** What the actor named or was named in; an administrator sees every delegation. */
    public List<DelegationView> list(Actor actor) {
        List<Delegation> found = actor.has(Role.ADMIN) ? delegations.all(0, 200) : delegations.concerning(actor.username());
        return found.stream().map(this::view).toList();
    }

    /** Who may be named: every enabled user but the actor, as "name (username)". */
    public List<Candidate> candidates(Actor actor) {
        return users.findAll().stream().filter(AppUser::isEnabled).filter(u -> !u.getUsername().equals(actor.username()))
                .map(u -> new Candidate(u.getUsername(), u.getDisplayName() + " (" + u.getUsername() + ")")).toList();
    }

    public record Candidate(String username, String label) implements java.io.Serializable {
    }

    /** The managers the user stands in for today. */
    public List<String> managersStoodInForBy(String deputy) {
        return delegations.activeForDeputy(deputy, today()).stream().map(Delegation::getManager).distinct().toList();
    }

    /** The people standing in for the manager today. */
    public List<String> deputiesOf(String manager) {
        return delegations.activeForManager(manager, today()).stream().map(Delegation::getDeputy).distinct().toList();
    }

    /** True if {@code deputy} stands in for {@code manager} today. */
    public boolean standsInFor(String deputy, String manager) {
        return managersStoodInForBy(deputy).contains(manager);
    }

    private DelegationView view(Delegation d) {
        return new DelegationView(d.getId(), d.getManager(), displayName(d.getManager()), d.getDeputy(),
                displayName(d.getDeputy()), d.getValidFrom(), d.getValidTo(), d.getReason(), d.getNamedBy(),
                d.getNamedAt(), d.getRevokedBy(), d.getRevokedAt(), d.activeOn(today()));
    }

    private String displayName(String username) {
        return users.findByUsername(username).map(AppUser::getDisplayName).orElse(username);
    }
}
