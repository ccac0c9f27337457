package jp.isms.audit.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * The internal audit programme of one year: which requirements (clauses {@code 4.1}… and Annex A controls
 * {@code A.5.1}…) its audits cover. The first year of a cycle covers everything; later years may rotate.
 */
@Entity
@Table(name = "audit_programme")
public class AuditProgramme extends Identified {

    @Column(name = "programme_year", nullable = false)
    private int year;

    @Column(name = "cycle_start", nullable = false)
    private int cycleStart;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "audit_programme_item", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "line_no")
    @Column(name = "requirement")
    private List<String> requirements = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected AuditProgramme() {
    }

    /** A programme covering {@code requirements}; the first year of the cycle must cover all of {@code required}. */
    public AuditProgramme(int year, int cycleStart, List<String> required, List<String> requirements) {
        if (year < cycleStart || year >= cycleStart + ProgrammeCoverage.CYCLE_YEARS) {
            throw IsmsException.invalid("audit.programme.outsideCycle", year, cycleStart);
        }
        this.year = year;
        this.cycleStart = cycleStart;
        change(required, requirements);
    }

    /** Replaces the requirements; unknown ones are refused, and the first year may not leave any out. */
    public void change(List<String> required, List<String> requirements) {
        Set<String> chosen = new LinkedHashSet<>(requirements);
        List<String> unknown = chosen.stream().filter(r -> !required.contains(r)).toList();
        if (!unknown.isEmpty()) {
            throw IsmsException.invalid("audit.programme.unknownRequirement", String.join(", ", unknown));
        }
        if (year == cycleStart && !chosen.containsAll(required)) {
            throw IsmsException.invalid("audit.programme.firstYearComplete");
        }
        this.requirements.clear();
        required.stream().filter(chosen::contains).forEach(this.requirements::add);
    }

    public int getYear() {
        return year;
    }

    public int getCycleStart() {
        return cycleStart;
    }

    public int cycleYear() {
        return year - cycleStart + 1;
    }

    public List<String> getRequirements() {
        return List.copyOf(requirements);
    }
}
