package jp.isms.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.isms.organisation.domain.Department;
import jp.isms.organisation.domain.DepartmentRepository;

@ApplicationScoped
public class JpaDepartmentRepository implements DepartmentRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Department> findAll() {
        return em.createQuery("select d from Department d order by d.code", Department.class).getResultList();
    }

    @Override
    public Optional<Department> findByCode(String code) {
        return em.createQuery("select d from Department d where d.code = :code", Department.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Department> findById(Long id) {
        return Optional.ofNullable(em.find(Department.class, id));
    }
}
