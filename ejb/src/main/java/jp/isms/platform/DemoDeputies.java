package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import jp.isms.deputy.application.Deputies;
import jp.isms.deputy.domain.Delegation;

/**
 * The demo's delegations, from demo/deputies.csv, dated relative to the first start: top management's coming trip
 * with the CISO as deputy, a past holiday, a revoked one. None is active today, so no demo inbox changes; the
 * deputies page shows a record of each kind.
 */
@ApplicationScoped
public class DemoDeputies {

    @PersistenceContext
    EntityManager em;

    void create() {
        LocalDate today = Deputies.today();
        for (String[] row : DemoCompany.rows("demo/deputies.csv")) {
            LocalDate from = today.plusDays(Long.parseLong(row[2]));
            LocalDate to = today.plusDays(Long.parseLong(row[3]));
            // named on its first day (or today for a future one), as it would have been
            Delegation delegation = new Delegation(row[0], row[1], from, to, row[4], row[0], from.isBefore(today) ? from : today);
            if (row.length > 5 && !row[5].isBlank()) {
                delegation.revoke(row[5]);
            }
            em.persist(delegation);
        }
    }
}
