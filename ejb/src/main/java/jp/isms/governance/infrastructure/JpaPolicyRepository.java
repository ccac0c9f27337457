package jp.isms.governance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jp.isms.governance.domain.PolicyRepository;
import jp.isms.governance.domain.PolicyVersion;
import jp.isms.shared.infrastructure.JpaVersionRepository;

@ApplicationScoped
public class JpaPolicyRepository extends JpaVersionRepository<PolicyVersion> implements PolicyRepository {

    protected JpaPolicyRepository() {
        super(PolicyVersion.class);
    }
}
