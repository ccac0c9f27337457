package jp.isms.scope.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jp.isms.scope.domain.ScopeRepository;
import jp.isms.scope.domain.ScopeVersion;
import jp.isms.shared.infrastructure.JpaVersionRepository;

@ApplicationScoped
public class JpaScopeRepository extends JpaVersionRepository<ScopeVersion> implements ScopeRepository {

    protected JpaScopeRepository() {
        super(ScopeVersion.class);
    }
}
