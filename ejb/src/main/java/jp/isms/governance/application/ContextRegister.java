package jp.isms.governance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import jp.isms.governance.domain.ContextIssue;
import jp.isms.governance.domain.ContextIssue.IssueChange;
import jp.isms.governance.domain.GovernanceRepository;
import jp.isms.governance.domain.InterestedParty;
import jp.isms.governance.domain.IssueKind;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/** The context of the organisation (4.1 issues, 4.2 interested parties): the ISMS office keeps them, everyone reads. */
@ApplicationScoped
@Transactional
public class ContextRegister {

    @Inject
    GovernanceRepository repository;

    /** An issue as lists and the API show it. */
    public record IssueRow(long id, String text, IssueKind kind, String category, String impact, String department,
            LocalDate lastReviewed, long lockVersion) implements java.io.Serializable {

        static IssueRow of(ContextIssue i) {
            return new IssueRow(i.getId(), i.getText(), i.getKind(), i.getCategory(), i.getImpact(),
                    i.getDepartmentCode(), i.getLastReviewed(), i.getLockVersion());
        }
    }

    /** An interested party as lists and the API show it. */
    public record PartyRow(long id, String name, String requirements, String howAddressed, long lockVersion)
            implements java.io.Serializable {

        static PartyRow of(InterestedParty p) {
            return new PartyRow(p.getId(), p.getName(), p.getRequirements(), p.getHowAddressed(), p.getLockVersion());
        }
    }

    public Page<IssueRow> issues(Actor actor, PageRequest request) {
        Governance.requireReader(actor);
        Page<ContextIssue> page = repository.issues(request);
        return new Page<>(page.rows().stream().map(IssueRow::of).toList(), page.total());
    }

    public IssueRow addIssue(Actor actor, IssueChange values) {
        actor.require(Role.ISMS_OFFICE);
        ContextIssue issue = new ContextIssue(values);
        repository.add(issue);
        repository.flush();
        return IssueRow.of(issue);
    }

    public IssueRow updateIssue(Actor actor, long id, IssueChange values, Long lockVersion) {
        actor.require(Role.ISMS_OFFICE);
        ContextIssue issue = load(ContextIssue.class, id, "context.issue.unknown");
        Governance.requireSameVersion(lockVersion, issue.getLockVersion());
        issue.apply(values);
        repository.flush();
        return IssueRow.of(issue);
    }

    public Page<PartyRow> parties(Actor actor, PageRequest request) {
        Governance.requireReader(actor);
        Page<InterestedParty> page = repository.parties(request);
        return new Page<>(page.rows().stream().map(PartyRow::of).toList(), page.total());
    }

    public PartyRow addParty(Actor actor, String name, String requirements, String howAddressed) {
        actor.require(Role.ISMS_OFFICE);
        InterestedParty party = new InterestedParty(name, requirements, howAddressed);
        repository.add(party);
        repository.flush();
        return PartyRow.of(party);
    }

    public PartyRow updateParty(Actor actor, long id, String name, String requirements, String howAddressed,
            Long lockVersion) {
        actor.require(Role.ISMS_OFFICE);
        InterestedParty party = load(InterestedParty.class, id, "context.party.unknown");
        Governance.requireSameVersion(lockVersion, party.getLockVersion());
        party.apply(name, requirements, howAddressed);
        repository.flush();
        return PartyRow.of(party);
    }

    private <T extends Identified> T load(Class<T> type, long id, String unknownKey) {
        return repository.find(type, id).orElseThrow(() -> IsmsException.notFound(unknownKey, id));
    }
}
