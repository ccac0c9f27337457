package jp.isms.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.CompanyRepository;

@ApplicationScoped
public class JpaCompanyRepository implements CompanyRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Company> current() {
        return em.createQuery("select c from Company c order by c.id", Company.class).setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public void add(Company company) {
        em.persist(company);
    }
}
