package jp.isms.soa.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import jp.isms.organisation.domain.Company;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.Test;

class StatementOfApplicabilityTest {

    private static final List<String> CONTROLS = IntStream.rangeClosed(1, 37).mapToObj(i -> "5." + i).toList();

    private final StatementOfApplicability soa = new StatementOfApplicability(new Company("株式会社サンプル", "Sample"), CONTROLS);

    private static EntryChange applicable(ImplementationStatus status, String... risks) {
        return new EntryChange(true, "リスク対応のため", status, List.of(risks), List.of("アクセス管理規程 (ISMS-R-003)"));
    }

    @Test
    void aNewStatementHasALineForEveryControlInTheCataloguesOrder() {
        assertThat(soa.getEntries()).extracting(SoaEntry::getControlId).containsExactlyElementsOf(CONTROLS);
        assertThat(soa.getStatus()).isEqualTo(SoaStatus.DRAFT);
        assertThat(soa.getVersion()).isEqualTo(1);
    }

    @Test
    void excludingAControlNeedsAReasonAndARefusalChangesNothing() {
        soa.revise("5.15", applicable(ImplementationStatus.IMPLEMENTED, "R-001"));
        String before = soa.fingerprint();

        assertThatThrownBy(() -> soa.revise("5.15", new EntryChange(false, "  ", null, List.of(), List.of())))
                .isInstanceOf(IsmsException.class).hasMessageContaining("soa.entry.exclusionNeedsReason");

        assertThat(soa.fingerprint()).isEqualTo(before);
        assertThat(soa.entry("5.15").isApplicable()).isTrue();
    }

    @Test
    void anExcludedControlHasNoImplementationStatus() {
        soa.revise("5.30", new EntryChange(false, "事業所が1つのため", ImplementationStatus.IMPLEMENTED, List.of(), List.of()));

        assertThat(soa.entry("5.30").getStatus()).isNull();
        assertThat(soa.entry("5.30").getJustification()).isEqualTo("事業所が1つのため");
    }

    @Test
    void anApplicableControlNeedsAStatusAndRiskNumbersMustLookLikeRiskNumbers() {
        assertThatThrownBy(() -> soa.revise("5.1", applicable(null))).hasMessageContaining("validation.required");
        assertThatThrownBy(() -> soa.revise("5.1", applicable(ImplementationStatus.PLANNED, "R-1; drop")))
                .hasMessageContaining("soa.entry.badRiskNo");
    }

    @Test
    void riskNumbersAreSortedAndDeduplicatedAndBlankRulesDropped() {
        soa.revise("5.1", new EntryChange(true, null, ImplementationStatus.PLANNED, List.of("R-003", " R-001", "R-003", ""),
                List.of("規程A", " ", "規程B")));

        assertThat(soa.entry("5.1").getRiskNos()).containsExactly("R-001", "R-003");
        assertThat(soa.entry("5.1").getInternalRules()).containsExactly("規程A", "規程B");
    }

    @Test
    void everyFieldOfEveryLineEntersTheFingerprint() {
        String empty = soa.fingerprint();
        soa.revise("5.2", applicable(ImplementationStatus.IMPLEMENTED));
        String withReason = soa.fingerprint();
        soa.revise("5.2", applicable(ImplementationStatus.PARTIALLY_IMPLEMENTED));

        assertThat(List.of(empty, withReason, soa.fingerprint())).doesNotHaveDuplicates().allMatch(h -> h.length() == 64);
    }

    @Test
    void anApprovedVersionIsFrozenAndItsChangeStartsTheNextVersionWithTheSameLines() {
        soa.revise("5.1", applicable(ImplementationStatus.IMPLEMENTED, "R-002"));
        soa.submit("office");
        assertThatThrownBy(() -> soa.revise("5.1", applicable(ImplementationStatus.PLANNED)))
                .hasMessageContaining("soa.lockedInApproval");
        soa.approve();

        assertThat(soa.getApprovedFingerprint()).isEqualTo(soa.fingerprint());
        assertThatThrownBy(() -> soa.revise("5.1", applicable(ImplementationStatus.PLANNED))).hasMessageContaining("soa.frozen");
        StatementOfApplicability next = soa.startNextVersion();
        assertThat(next.getVersion()).isEqualTo(2);
        assertThat(next.getStatus()).isEqualTo(SoaStatus.DRAFT);
        assertThat(next.fingerprint()).isEqualTo(soa.fingerprint());
        next.revise("5.1", applicable(ImplementationStatus.PLANNED));
        assertThat(next.fingerprint()).isNotEqualTo(soa.getApprovedFingerprint());
        assertThat(soa.entry("5.1").getStatus()).isEqualTo(ImplementationStatus.IMPLEMENTED);
    }

    @Test
    void aReturnedVersionIsEditableAndSubmittableAgain() {
        soa.submit("office");
        soa.returnForRevision();
        soa.revise("5.3", applicable(ImplementationStatus.PLANNED));
        soa.submit("office");
        assertThat(soa.getStatus()).isEqualTo(SoaStatus.IN_APPROVAL);
        assertThatThrownBy(soa::startNextVersion).hasMessageContaining("soa.notLatestApproved");
    }
}
