package jp.isms.governance.application;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.shared.domain.ApprovableVersion;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.VersionRepository;
import jp.isms.shared.domain.VersionStatus;

/**
 * The use cases every versioned governance document has: read any version, start the next one,
 * edit the newest (an approved one is never changed: the edit becomes version n+1), submit it.
 * Everyone signed in reads; the ISMS office writes. Subclasses (one bean per document) say how
 * their versions are stored and what their content is.
 *
 * @param <V> the version entity
 * @param <C> the content a user edits
 */
public abstract class VersionedDocuments<V extends ApprovableVersion, C> implements ApprovableDocument {

    @Inject
    DocumentApprovals approvals;

    protected abstract VersionRepository<V> repository();

    protected abstract V first(C content);

    protected abstract V next(V approved, C content);

    protected abstract void revise(V version, C content);

    protected abstract C content(V version);

    public List<DocumentView.VersionRef> versions(Actor actor) {
        Governance.requireReader(actor);
        return repository().versions().stream().map(v -> new DocumentView.VersionRef(v.getId(), v.getVersionNo(), v.getStatus(),
                v.getApprovedAt())).toList();
    }

    public DocumentView<C> view(Actor actor, long id) {
        Governance.requireReader(actor);
        return viewOf(load(id));
    }

    /** The newest version, the one screens open by default. */
    public Optional<DocumentView<C>> newest(Actor actor) {
        Governance.requireReader(actor);
        List<V> all = repository().versions();
        return all.isEmpty() ? Optional.empty() : Optional.of(viewOf(all.get(all.size() - 1)));
    }

    /**
     * The next version: version 1 when there is none, else after the approved newest one. With no
     * content given, the new version starts as a copy of the approved one. While a draft is open there
     * is nothing to start: that draft is where changes go.
     */
    public DocumentView<C> create(Actor actor, C content) {
        actor.require(Role.ISMS_OFFICE);
        List<V> all = repository().versions();
        V created;
        if (all.isEmpty()) {
            created = first(content);
        } else {
            V newest = all.get(all.size() - 1);
            if (newest.getStatus() != VersionStatus.APPROVED) {
                throw IsmsException.conflict(type() + ".draftExists", newest.getVersionNo());
            }
            created = next(newest, content == null ? content(newest) : content);
        }
        repository().add(created);
        repository().flush();
        return viewOf(created);
    }

    /**
     * Saves the content into that version; if it is the approved newest version, into a new
     * version after it. {@code lockVersion}, when given, must be the one the user started from.
     */
    public DocumentView<C> update(Actor actor, long id, C content, Long lockVersion) {
        actor.require(Role.ISMS_OFFICE);
        V version = load(id);
        if (lockVersion != null && lockVersion != version.getLockVersion()) {
            throw IsmsException.conflict("error.concurrentModification");
        }
        List<V> all = repository().versions();
        boolean newest = all.get(all.size() - 1).getId().equals(version.getId());
        if (version.getStatus() == VersionStatus.APPROVED && newest) {
            V created = next(version, content);
            repository().add(created);
            repository().flush();
            return viewOf(created);
        }
        revise(version, content);
        repository().flush();
        return viewOf(version);
    }

    public String submit(Actor actor, long id, String comment) {
        String instance = approvals.submit(actor, type(), id, comment);
        repository().flush();
        return instance;
    }

    /**
     * The approved version in force, for documents that leave the system (the auditors' evidence pack); the
     * caller has checked who may read it.
     */
    public Optional<DocumentView<C>> approvedView() {
        return repository().approved().map(this::viewOf);
    }

    @Override
    public Optional<V> approvedVersion() {
        return repository().approved();
    }

    @Override
    public ApprovableVersion version(long id) {
        return load(id);
    }

    protected DocumentView<C> viewOf(V version) {
        return approvals.view(type(), version, repository().versions(), this::content);
    }

    private V load(long id) {
        return repository().findById(id).orElseThrow(() -> IsmsException.notFound(type() + ".unknown", id));
    }

}
