package jp.isms.audit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which requirement is audited in which year of the three-year certification cycle. Every requirement must be
 * audited at least once in the cycle; one that no year covers is a gap.
 */
public final class ProgrammeCoverage {

    public static final int CYCLE_YEARS = 3;

    /** One requirement's line: the years of the cycle that audit it; a gap when there is none. */
    public record Line(String requirement, List<Integer> years) {
        public boolean gap() {
            return years.isEmpty();
        }

        public boolean auditedIn(int year) {
            return years.contains(year);
        }
    }

    private ProgrammeCoverage() {
    }

    /**
     * @param required   every requirement the cycle must cover (clauses 4–10 and the applicable controls), in order
     * @param firstYear  the first year of the cycle
     * @param programmes the requirements each year's programme audits, by year
     */
    public static List<Line> of(List<String> required, int firstYear, Map<Integer, Set<String>> programmes) {
        List<Line> lines = new ArrayList<>();
        for (String requirement : required) {
            List<Integer> years = new ArrayList<>();
            for (int year = firstYear; year < firstYear + CYCLE_YEARS; year++) {
                if (programmes.getOrDefault(year, Set.of()).contains(requirement)) {
                    years.add(year);
                }
            }
            lines.add(new Line(requirement, List.copyOf(years)));
        }
        return lines;
    }

    /** The requirements nothing in the cycle audits. */
    public static List<String> gaps(List<Line> lines) {
        return lines.stream().filter(Line::gap).map(Line::requirement).toList();
    }
}
