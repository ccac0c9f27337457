package jp.isms.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;

class ProgrammeCoverageTest {

    private static final List<String> REQUIRED = List.of("4.1", "9.2", "A.5.1", "A.8.1", "A.8.2");

    @Test
    void showsWhichYearOfTheCycleAuditsEachRequirementAndMarksGaps() {
        var lines = ProgrammeCoverage.of(REQUIRED, 2026, Map.of(
                2027, Set.of("4.1", "9.2", "A.5.1"),
                2028, Set.of("4.1", "9.2", "A.8.1"),
                2029, Set.of("A.8.2")));

        assertThat(lines).extracting(ProgrammeCoverage.Line::years).containsExactly(List.of(2027, 2028),
                List.of(2027, 2028), List.of(2027), List.of(2028), List.of());
        // 2029 is the next cycle: A.8.2 is a gap of this one
        assertThat(ProgrammeCoverage.gaps(lines)).containsExactly("A.8.2");
    }

    @Test
    void theFirstYearOfACycleMustCoverEverything() {
        assertThatThrownBy(() -> new AuditProgramme(2026, 2026, REQUIRED, List.of("4.1", "9.2")))
                .isInstanceOf(IsmsException.class).extracting("messageKey").isEqualTo("audit.programme.firstYearComplete");
        assertThat(new AuditProgramme(2026, 2026, REQUIRED, REQUIRED).getRequirements()).isEqualTo(REQUIRED);
    }

    @Test
    void laterYearsMayRotateButOnlyOverKnownRequirements() {
        AuditProgramme second = new AuditProgramme(2027, 2026, REQUIRED, List.of("A.8.1", "4.1"));
        assertThat(second.getRequirements()).containsExactly("4.1", "A.8.1");
        assertThat(second.cycleYear()).isEqualTo(2);
        assertThatThrownBy(() -> second.change(REQUIRED, List.of("A.9.9"))).isInstanceOf(IsmsException.class)
                .extracting("messageKey").isEqualTo("audit.programme.unknownRequirement");
        assertThatThrownBy(() -> new AuditProgramme(2029, 2026, REQUIRED, REQUIRED)).isInstanceOf(IsmsException.class);
    }
}
