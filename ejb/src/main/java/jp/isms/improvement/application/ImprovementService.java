package jp.isms.improvement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import jp.isms.improvement.domain.ImprovementItem;
import jp.isms.improvement.domain.ImprovementRepository;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.shared.domain.IsmsException;

/**
 * The ISMS office records improvement items (often from a management review's decisions) and communicates them;
 * each person concerned acknowledges; the owner or the office tracks progress, the result and the plan revision.
 */
@ApplicationScoped
@Transactional
public class ImprovementService {

    @Inject
    ImprovementRepository items;

    @Inject
    CompanyRepository companies;

    @Inject
    UserRepository users;

    public List<ImprovementView> list(Actor actor) {
        LocalDate today = today();
        return items.all().stream().filter(i -> reader(actor) || i.concerns(actor.username()))
                .map(i -> viewOf(i, actor, today)).toList();
    }

    public ImprovementView view(Actor actor, String itemNo) {
        ImprovementItem item = load(itemNo);
        if (!reader(actor) && !item.concerns(actor.username())) {
            throw IsmsException.forbidden("improvement.forbidden");
        }
        return viewOf(item, actor, today());
    }

    public ImprovementView create(Actor actor, ImprovementItem.Draft draft) {
        actor.require(Role.ISMS_OFFICE);
        java.util.stream.Stream.concat(java.util.stream.Stream.of(draft.owner()),
                draft.concerned() == null ? java.util.stream.Stream.<String>empty() : draft.concerned().stream())
                .filter(u -> u != null && !u.isBlank()).map(String::strip)
                .filter(u -> users.findByUsername(u).isEmpty()).findFirst().ifPresent(u -> {
                    throw IsmsException.invalid("improvement.unknownUser", u);
                });
        ImprovementItem item = new ImprovementItem(companies.current().orElseThrow(),
                String.format("IMP-%03d", items.count() + 1), draft);
        items.add(item);
        items.flush();
        return viewOf(item, actor, today());
    }

    /** The actor acknowledges the item; it is agreed once everyone concerned has. */
    public ImprovementView acknowledge(Actor actor, String itemNo) {
        ImprovementItem item = load(itemNo);
        item.acknowledge(actor.username());
        items.flush();
        return viewOf(item, actor, today());
    }

    public ImprovementView recordProgress(Actor actor, String itemNo, Long expectedVersion, int percent, String note) {
        return change(actor, itemNo, expectedVersion, i -> i.recordProgress(percent, note));
    }

    public ImprovementView achieve(Actor actor, String itemNo, Long expectedVersion, String result, String document,
            String version) {
        return change(actor, itemNo, expectedVersion, i -> i.achieve(result, document, version));
    }

    public ImprovementView recordPlanRevision(Actor actor, String itemNo, Long expectedVersion, String document,
            String version) {
        return change(actor, itemNo, expectedVersion, i -> i.recordPlanRevision(document, version));
    }

    /** The owner and the office may track an item. */
    private ImprovementView change(Actor actor, String itemNo, Long expectedVersion, Consumer<ImprovementItem> edit) {
        ImprovementItem item = load(itemNo);
        if (!actor.has(Role.ISMS_OFFICE) && !actor.username().equals(item.getOwner())) {
            throw IsmsException.forbidden("improvement.notOwner");
        }
        if (expectedVersion != null && expectedVersion != item.getLockVersion()) {
            throw IsmsException.conflict("improvement.changedMeanwhile", itemNo);
        }
        edit.accept(item);
        items.flush();
        return viewOf(item, actor, today());
    }

    static ImprovementView viewOf(ImprovementItem i, Actor actor, LocalDate today) {
        return new ImprovementView(i.getItemNo(), i.getTitle(), i.getDescription(), i.getOwner(), i.getTargetDate(),
                i.getOrigin(), i.getStatus(), i.getProgress(), i.getResult(), i.getPlanDocument(), i.getPlanVersion(),
                i.getPlanRevisedAt(), i.overdueOn(today), actor != null && i.awaitsAcknowledgementOf(actor.username()),
                i.getLockVersion(), i.getAcknowledgements().stream()
                        .map(a -> new ImprovementView.Ack(a.getUsername(), a.getAcknowledgedAt())).toList());
    }

    private ImprovementItem load(String itemNo) {
        return items.findByItemNo(itemNo).orElseThrow(() -> IsmsException.notFound("improvement.unknown", itemNo));
    }

    private static boolean reader(Actor actor) {
        return actor.roles().stream().anyMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Tokyo"));
    }
}
