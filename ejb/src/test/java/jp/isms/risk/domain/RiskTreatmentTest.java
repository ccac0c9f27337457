package jp.isms.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.isms.organisation.domain.Company;
import jp.isms.organisation.domain.Department;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Controls and plan items of a risk: their rules, and how they follow the assessment's locking and versions. */
class RiskTreatmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Set<String> ANNEX_A = Set.of("5.15", "5.17", "8.1", "8.5", "8.24", "5.2", "5.10");
    private static final RiskChange LAPTOP = new RiskChange("ノートPC", "紛失・盗難", "ディスク暗号化なし", 4, 4,
            Treatment.REDUCE, null, 2, 3);

    private RiskAssessment assessment;
    private Risk risk;

    @BeforeEach
    void setUp() {
        Company company = new Company("株式会社テスト", "Test");
        assessment = new RiskAssessment(company, "RA-2026-01", "2026年度");
        risk = assessment.addRisk(new Department(company, "IT", "情報システム部", "IT"), LAPTOP, RiskMethod.MATRIX);
    }

    private static IsmsException refused(Executable action) {
        IsmsException e = catchThrowableOfType(IsmsException.class, action::execute);
        assertThat(e).as("an IsmsException").isNotNull();
        return e;
    }

    private static PlanItemChange item(String action, String owner, LocalDate due, PlanItemStatus status) {
        return new PlanItemChange(action, owner, due, status);
    }

    @Test
    void controlsAreCheckedAgainstTheCatalogueAndKeptInTheStandardsOrder() {
        risk.chooseControls(List.of("8.24", " 5.10", "5.2", "8.1", "8.24"), ANNEX_A::contains);

        assertThat(risk.getControlIds()).containsExactly("5.2", "5.10", "8.1", "8.24");
    }

    @Test
    void anUnknownControlRefusesTheWholeListAndLeavesTheRiskAsItWas() {
        risk.chooseControls(List.of("8.1"), ANNEX_A::contains);

        IsmsException e = refused(() -> risk.chooseControls(List.of("8.5", "A.12.6.1"), ANNEX_A::contains));

        assertThat(e.kind()).isEqualTo(IsmsException.Kind.INVALID);
        assertThat(e.messageKey()).isEqualTo("treatment.control.unknown");
        assertThat(e.arguments()).containsExactly("A.12.6.1");
        assertThat(risk.getControlIds()).containsExactly("8.1");
    }

    @Test
    void planItemsAreNumberedAndOpenByDefault() {
        TreatmentPlanItem first = risk.addPlanItem(item("全台の暗号化", "depthead", TODAY.plusDays(30), null), TODAY);
        TreatmentPlanItem second = risk.addPlanItem(item("MDM導入", "office", TODAY, PlanItemStatus.OPEN), TODAY);

        assertThat(first.getItemNo()).isEqualTo(1);
        assertThat(second.getItemNo()).isEqualTo(2);
        assertThat(first.getStatus()).isEqualTo(PlanItemStatus.OPEN);
        assertThat(risk.getPlanItems()).extracting(TreatmentPlanItem::getAction).containsExactly("全台の暗号化", "MDM導入");
    }

    @Test
    void aPlanItemNeedsActionOwnerAndADueDateNotInThePast() {
        assertThat(refused(() -> risk.addPlanItem(item(" ", "depthead", TODAY, null), TODAY)).arguments())
                .containsExactly("treatment.planItem.action");
        assertThat(refused(() -> risk.addPlanItem(item("暗号化", null, TODAY, null), TODAY)).arguments())
                .containsExactly("treatment.planItem.owner");
        assertThat(refused(() -> risk.addPlanItem(item("暗号化", "Not A User!", TODAY, null), TODAY)).messageKey())
                .isEqualTo("treatment.planItem.ownerUnknown");
        assertThat(refused(() -> risk.addPlanItem(item("暗号化", "depthead", null, null), TODAY)).arguments())
                .containsExactly("treatment.planItem.dueDate");
        IsmsException past = refused(() -> risk.addPlanItem(item("暗号化", "depthead", TODAY.minusDays(1), null), TODAY));
        assertThat(past.messageKey()).isEqualTo("treatment.planItem.dueInPast");
        assertThat(refused(() -> risk.addPlanItem(item("x".repeat(501), "depthead", TODAY, null), TODAY)).messageKey())
                .isEqualTo("treatment.planItem.actionTooLong");
        assertThat(risk.getPlanItems()).isEmpty();
    }

    @Test
    void anItemPastItsDueDateIsOverdueUntilDoneAndKeepsItsDateWhenOtherFieldsChange() {
        risk.addPlanItem(item("バックアップ", "depthead", TODAY.plusDays(3), null), TODAY);
        LocalDate later = TODAY.plusDays(10);
        TreatmentPlanItem late = risk.planItem(1).orElseThrow();
        assertThat(late.isOverdue(later)).isTrue();

        // the owner reports it done ten days later: the date that is now past is kept, not refused
        risk.revisePlanItem(1, item("バックアップ", "depthead", TODAY.plusDays(3), PlanItemStatus.DONE), later);
        assertThat(late.isOverdue(later)).isFalse();
        // moving it into the past is refused
        IsmsException moved = refused(() -> risk.revisePlanItem(1,
                item("バックアップ", "depthead", TODAY.plusDays(4), PlanItemStatus.OPEN), later));
        assertThat(moved.messageKey()).isEqualTo("treatment.planItem.dueInPast");
        assertThat(refused(() -> risk.revisePlanItem(9, item("x", "depthead", later, null), later)).kind())
                .isEqualTo(IsmsException.Kind.NOT_FOUND);
    }

    @Test
    void treatmentIsLockedInApprovalAndAnApprovedVersionsNextVersionCopiesIt() {
        risk.chooseControls(List.of("8.1", "8.24"), ANNEX_A::contains);
        risk.addPlanItem(item("全台の暗号化", "depthead", TODAY.plusDays(30), null), TODAY);
        assessment.submit("office");

        assertThat(refused(() -> assessment.editableRisk("R-001")).messageKey())
                .isEqualTo("risk.assessment.lockedInApproval");

        assessment.approve();
        assertThat(refused(() -> assessment.editableRisk("R-001")).messageKey()).isEqualTo("risk.assessment.frozen");
        RiskAssessment next = assessment.startNextVersion();
        Risk copy = next.editableRisk("R-001");
        copy.addPlanItem(item("MDM導入", "office", TODAY.plusDays(60), null), TODAY);

        assertThat(copy.getControlIds()).containsExactly("8.1", "8.24");
        assertThat(copy.getPlanItems()).extracting(TreatmentPlanItem::getItemNo).containsExactly(1, 2);
        assertThat(risk.getPlanItems()).as("the approved version is unchanged").hasSize(1);
    }

    @Test
    void aRiskOnAnAssetKeepsTheAssetAcrossVersions() {
        Risk onAsset = assessment.addRiskOnAsset(null, LAPTOP, 42L, RiskMethod.MATRIX);
        assessment.submit("office");
        assessment.approve();

        assertThat(onAsset.getAssetId()).isEqualTo(42L);
        assertThat(assessment.startNextVersion().getRisks()).extracting(Risk::getAssetId).containsExactly(null, 42L);
    }
}
