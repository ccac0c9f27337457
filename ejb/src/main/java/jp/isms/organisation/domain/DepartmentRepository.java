package jp.isms.organisation.domain;

import java.util.List;
import java.util.Optional;

/** Departments of the company. */
public interface DepartmentRepository {

    List<Department> findAll();

    Optional<Department> findByCode(String code);

    Optional<Department> findById(Long id);
}
