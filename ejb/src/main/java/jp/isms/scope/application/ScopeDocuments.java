package jp.isms.scope.application;

import static jp.isms.processes.GovernanceApproval.DOCUMENT_SCOPE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.isms.governance.application.VersionedDocuments;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.scope.domain.ScopeContent;
import jp.isms.scope.domain.ScopeRepository;
import jp.isms.scope.domain.ScopeVersion;
import jp.isms.scope.domain.ScopeVersionApproved;
import jp.isms.shared.domain.ApprovableVersion;

/**
 * The ISMS scope: versions reviewed by the CISO and approved by top management. An approval is
 * announced as {@link ScopeVersionApproved}, since after certification it means a scope-change audit.
 */
@ApplicationScoped
@Transactional
public class ScopeDocuments extends VersionedDocuments<ScopeVersion, ScopeContent> {

    @Inject
    ScopeRepository scopes;

    @Inject
    CompanyRepository companies;

    @Inject
    Event<ScopeVersionApproved> approvedEvents;

    @Override
    public String type() {
        return DOCUMENT_SCOPE;
    }

    @Override
    public boolean cisoReview() {
        return true;
    }

    @Override
    public void approved(ApprovableVersion version) {
        approvedEvents.fire(new ScopeVersionApproved(version.getId(), version.getVersionNo(), version.getApprovedAt()));
    }

    @Override
    protected ScopeRepository repository() {
        return scopes;
    }

    @Override
    protected ScopeVersion first(ScopeContent content) {
        return new ScopeVersion(companies.current().orElseThrow(), 1, content == null ? ScopeContent.empty() : content);
    }

    @Override
    protected ScopeVersion next(ScopeVersion approved, ScopeContent content) {
        ScopeVersion next = approved.nextVersion();
        next.revise(content);
        return next;
    }

    @Override
    protected void revise(ScopeVersion version, ScopeContent content) {
        version.revise(content);
    }

    @Override
    protected ScopeContent content(ScopeVersion version) {
        return version.content();
    }
}
