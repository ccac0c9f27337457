package jp.isms.scope.domain;

import jp.isms.shared.domain.VersionRepository;

/** The company's scope versions. */
public interface ScopeRepository extends VersionRepository<ScopeVersion> {
}
