package jp.isms.rule.application;

import java.util.List;

/**
 * One requirement of the standard and the rules that answer it. A requirement is covered when at least
 * one rule in force answers it: a mapping to a retired rule no longer counts.
 */
public record RequirementCoverage(String requirementId, String title, boolean subClause, List<MappingRow> mappings) {

    public boolean covered() {
        return mappings.stream().anyMatch(m -> !m.ruleRetired());
    }
}
