package jp.isms.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import jp.isms.governance.domain.GovernanceRepository;
import jp.isms.governance.domain.ObjectiveStatus;
import jp.isms.governance.domain.SecurityObjective;
import jp.isms.governance.domain.SecurityObjective.ObjectiveChange;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;

/** The information security objectives (6.2): the ISMS office sets them, everyone reads, overdue ones stand out. */
@ApplicationScoped
@Transactional
public class ObjectiveRegister {

    @Inject
    GovernanceRepository repository;

    @Inject
    UserRepository users;

    /** An objective as lists and the API show it; {@code overdue} is judged on Tokyo's today. */
    public record ObjectiveRow(long id, String objective, String measure, String target, String owner,
            String ownerName, LocalDate dueDate, ObjectiveStatus status, int achievement, boolean overdue,
            long lockVersion) implements java.io.Serializable {
    }

    public Page<ObjectiveRow> page(Actor actor, PageRequest request) {
        Governance.requireReader(actor);
        LocalDate today = Governance.today();
        Page<SecurityObjective> page = repository.objectives(request, today);
        return new Page<>(page.rows().stream().map(o -> row(o, today)).toList(), page.total());
    }

    public ObjectiveRow add(Actor actor, ObjectiveChange values) {
        actor.require(Role.ISMS_OFFICE);
        requireKnownOwner(values);
        SecurityObjective objective = new SecurityObjective(values);
        repository.add(objective);
        repository.flush();
        return row(objective, Governance.today());
    }

    public ObjectiveRow update(Actor actor, long id, ObjectiveChange values, Long lockVersion) {
        actor.require(Role.ISMS_OFFICE);
        SecurityObjective objective = repository.find(SecurityObjective.class, id)
                .orElseThrow(() -> IsmsException.notFound("objective.unknown", id));
        Governance.requireSameVersion(lockVersion, objective.getLockVersion());
        requireKnownOwner(values);
        objective.apply(values);
        repository.flush();
        return row(objective, Governance.today());
    }

    private void requireKnownOwner(ObjectiveChange values) {
        if (values != null && values.owner() != null && !values.owner().isBlank()
                && users.findByUsername(values.owner().strip()).isEmpty()) {
            throw IsmsException.invalid("objective.owner.unknown", values.owner().strip());
        }
    }

    private ObjectiveRow row(SecurityObjective o, LocalDate today) {
        String ownerName = users.findByUsername(o.getOwner()).map(u -> u.getDisplayName()).orElse(o.getOwner());
        return new ObjectiveRow(o.getId(), o.getObjective(), o.getMeasure(), o.getTarget(), o.getOwner(), ownerName,
                o.getDueDate(), o.getStatus(), o.getAchievement(), o.overdueOn(today), o.getLockVersion());
    }
}
