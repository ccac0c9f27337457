package jp.isms.risk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.domain.IsmsException;

/**
 * Who owns the risks of a department: its department head (部門責任者 = リスクオーナー), and the ISMS office for
 * every department. The department is read from the database on each call, never taken from the request.
 */
@ApplicationScoped
@Transactional
public class RiskOwners {

    /** Roles that look at the whole company's risks, not one department's. */
    private static final Set<Role> COMPANY_WIDE = Set.of(Role.ISMS_OFFICE, Role.CISO, Role.TOP_MANAGEMENT,
            Role.INTERNAL_AUDITOR);

    @Inject
    UserRepository users;

    /** Whether the actor decides for risks of that department (keeps proposals, plans their treatment). */
    public boolean mayDecide(Actor actor, String departmentCode) {
        if (actor.has(Role.ISMS_OFFICE)) {
            return true;
        }
        return actor.has(Role.DEPT_HEAD) && departmentCode != null
                && departmentOf(actor).map(d -> d.equalsIgnoreCase(departmentCode.strip())).orElse(false);
    }

    public void requireDecider(Actor actor, String departmentCode) {
        if (!mayDecide(actor, departmentCode)) {
            throw IsmsException.forbidden("treatment.notRiskOwner", departmentCode == null ? "-" : departmentCode);
        }
    }

    /**
     * The one department a reader is limited to: a department head without a company-wide role sees their own
     * department's proposals only (a head without a department sees none). Empty means no limit.
     */
    public Optional<String> limitedTo(Actor actor) {
        if (actor.roles().stream().anyMatch(COMPANY_WIDE::contains)) {
            return Optional.empty();
        }
        return Optional.of(departmentOf(actor).orElse(""));
    }

    public void requireReader(Actor actor) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("risk.register.forbidden");
        }
    }

    private Optional<String> departmentOf(Actor actor) {
        return users.findByUsername(actor.username()).map(u -> u.getDepartment()).map(d -> d.getCode());
    }
}
