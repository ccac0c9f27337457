package jp.isms.rule.application;

import java.util.List;

/** The clauses 4.1–10.2 with their rules, and how many are still gaps. */
public record CoverageSummary(List<RequirementCoverage> requirements) {

    public long covered() {
        return requirements.stream().filter(RequirementCoverage::covered).count();
    }

    public long gaps() {
        return requirements.size() - covered();
    }

    public List<String> gapIds() {
        return requirements.stream().filter(r -> !r.covered()).map(RequirementCoverage::requirementId).toList();
    }
}
