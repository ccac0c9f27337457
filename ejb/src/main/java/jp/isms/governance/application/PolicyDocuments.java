package jp.isms.governance.application;

import static jp.isms.processes.GovernanceApproval.DOCUMENT_POLICY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jp.isms.governance.domain.PolicyRepository;
import jp.isms.governance.domain.PolicyVersion;
import jp.isms.governance.domain.PolicyVersion.PolicyText;

/** The information security policy (5.2): versions approved by top management alone. */
@ApplicationScoped
@Transactional
public class PolicyDocuments extends VersionedDocuments<PolicyVersion, PolicyText> {

    @Inject
    PolicyRepository policies;

    @Override
    public String type() {
        return DOCUMENT_POLICY;
    }

    @Override
    public boolean cisoReview() {
        return false;
    }

    @Override
    protected PolicyRepository repository() {
        return policies;
    }

    @Override
    protected PolicyVersion first(PolicyText content) {
        return new PolicyVersion(1, content);
    }

    @Override
    protected PolicyVersion next(PolicyVersion approved, PolicyText content) {
        return approved.nextVersion(content);
    }

    @Override
    protected void revise(PolicyVersion version, PolicyText content) {
        version.revise(content);
    }

    @Override
    protected PolicyText content(PolicyVersion version) {
        return version.text();
    }
}
