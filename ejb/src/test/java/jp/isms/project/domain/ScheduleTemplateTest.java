package jp.isms.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScheduleTemplateTest {

    private static final String HEADER = String.join("\t", ScheduleTemplate.COLUMNS) + "\n";

    private static ScheduleTemplate parse(String body) {
        return ScheduleTemplate.parse(new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)),
                "test.tsv");
    }

    private static String row(String code, String phase, String follows) {
        return String.join("\t", code, phase, "名前", "name", "", "", "1", "1", follows, "") + "\n";
    }

    @Test
    void standardTemplateHasEveryStepOfTheProposalInPhaseOrder() {
        // when
        ScheduleTemplate template = ScheduleTemplate.standard();

        // then
        Set<String> codes = template.steps().stream().map(TemplateStep::code).collect(Collectors.toSet());
        assertThat(codes).contains("I-01", "I-02", "I-03", "P-01", "P-10", "D-01", "D-08", "C-01", "C-08", "A-01",
                "A-04", "R-01", "R-02", "R-03", "R-04");
        assertThat(template.steps().stream().collect(Collectors.groupingBy(TemplateStep::phase,
                Collectors.counting()))).containsEntry(SchedulePhase.PLAN, 10L).containsEntry(SchedulePhase.DO, 8L)
                .containsEntry(SchedulePhase.CHECK, 8L).containsEntry(SchedulePhase.ACT, 4L)
                .containsEntry(SchedulePhase.CERT, 4L);
        List<SchedulePhase> phasesInFileOrder = template.steps().stream().map(TemplateStep::phase).toList();
        assertThat(phasesInFileOrder).isSortedAccordingTo(Enum::compareTo);
        assertThat(template.step("P-08").orElseThrow().nameJa()).isEqualTo("残留リスク等の承認");
        assertThat(template.step("P-10").orElseThrow().deliverables(Locale.JAPANESE)).containsExactly("適用宣言書");
        assertThat(template.step("P-10").orElseThrow().deliverables(Locale.ENGLISH))
                .containsExactly("Statement of Applicability");
        assertThat(template.step("C-05").orElseThrow().name(Locale.ENGLISH)).isEqualTo("Conduct the internal ISMS audit");
        assertThat(template.step("R-04").orElseThrow().isMilestone()).isTrue();
    }

    @Test
    void everyDependencyOfTheStandardTemplateExistsAndNoneIsCyclic() {
        // given
        ScheduleTemplate template = ScheduleTemplate.standard();
        Set<String> codes = template.steps().stream().map(TemplateStep::code).collect(Collectors.toSet());

        // then: every named predecessor is a step
        for (TemplateStep step : template.steps()) {
            assertThat(codes).as("steps %s follows", step.code()).containsAll(step.follows());
        }
        // and an order exists in which each step comes after all it follows (no cycle)
        List<TemplateStep> order = template.topologicalOrder();
        assertThat(order).hasSameSizeAs(template.steps());
        Set<String> seen = new HashSet<>();
        for (TemplateStep step : order) {
            assertThat(seen).as("placed before %s", step.code()).containsAll(step.follows());
            seen.add(step.code());
        }
        // and the certification ends in the certificate; only the records of the check phase lead nowhere else
        List<String> ends = template.steps().stream().map(TemplateStep::code)
                .filter(c -> template.dependantsOf(c).isEmpty()).toList();
        assertThat(ends).containsExactlyInAnyOrder("C-07", "C-08", "R-04");
    }

    @Test
    void aCycleIsRefusedNamingTheSteps() {
        assertThatThrownBy(() -> parse(row("P-01", "PLAN", "") + row("P-02", "PLAN", "P-01|P-03")
                + row("P-03", "PLAN", "P-02")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.tsv")
                .hasMessageContaining("cycle").hasMessageContaining("P-02").hasMessageContaining("P-03");
    }

    @Test
    void anUnknownDependencyIsRefused() {
        assertThatThrownBy(() -> parse(row("P-01", "PLAN", "P-09")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("P-01 follows P-09");
    }

    @Test
    void ownWorkCannotFollowTheCertificationBody() {
        assertThatThrownBy(() -> parse(row("R-01", "CERT", "") + row("A-01", "ACT", "R-01")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("A-01");
    }

    @Test
    void malformedLinesNameTheLine() {
        assertThatThrownBy(() -> parse(row("P-01", "PLAN", "") + row("X-02", "LATER", "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("line 3")
                .hasMessageContaining("unknown phase 'LATER'");
        assertThatThrownBy(() -> parse(String.join("\t", "P-01", "PLAN", "名前", "name", "", "", "1", "2", "", "")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("min_weeks");
        assertThatThrownBy(() -> parse(String.join("\t", "P-01", "PLAN", "名前", "name", "a|b", "a", "1", "1", "",
                ""))).isInstanceOf(IllegalStateException.class).hasMessageContaining("English deliverables");
    }
}
