package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jp.isms.rule.domain.InternalRule;
import jp.isms.rule.domain.RequirementKind;
import jp.isms.rule.domain.RequirementMapping;
import jp.isms.rule.domain.RuleChange;

/**
 * The demo company's rule book, from demo/rules.csv and demo/rule-mappings.csv: thirteen rules answering
 * every clause but 6.3 and 9.1, so the coverage screen shows both covered clauses and gaps.
 */
@ApplicationScoped
public class DemoRuleBook {

    @PersistenceContext
    EntityManager em;

    void create() {
        Map<String, InternalRule> rules = new HashMap<>();
        for (String[] row : DemoCompany.rows("demo/rules.csv")) {
            InternalRule rule = new InternalRule(row[0], new RuleChange(row[1], row[2], row[3], LocalDate.parse(row[4])));
            em.persist(rule);
            rules.put(rule.getRuleNo(), rule);
        }
        for (String[] row : DemoCompany.rows("demo/rule-mappings.csv")) {
            em.persist(new RequirementMapping(RequirementKind.valueOf(row[0]), row[1], rules.get(row[2]), row[3]));
        }
    }
}
