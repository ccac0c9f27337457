package jp.isms.organisation.domain;

import java.util.Optional;

/** The company whose ISMS this installation runs (one per installation). */
public interface CompanyRepository {

    Optional<Company> current();

    void add(Company company);
}
