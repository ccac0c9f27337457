package jp.isms.governance.domain;

import jp.isms.shared.domain.VersionRepository;

/** The versions of the information security policy. */
public interface PolicyRepository extends VersionRepository<PolicyVersion> {
}
