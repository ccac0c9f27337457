package jp.isms.rule.application;

import java.time.LocalDate;
import jp.isms.rule.domain.InternalRule;

/** A rule as lists and the API show it; {@code version} is what a concurrent edit is checked against. */
public record RuleRow(String ruleNo, String title, String ownerDepartment, String revision, LocalDate effectiveOn,
        boolean retired, long version) {

    static RuleRow of(InternalRule rule) {
        return new RuleRow(rule.getRuleNo(), rule.getTitle(), rule.getOwnerDepartment(), rule.getRevision(),
                rule.getEffectiveOn(), rule.isRetired(), rule.getLockVersion());
    }
}
