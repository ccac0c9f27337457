package jp.isms.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InternalAuditTest {

    private static final List<String> REQUIREMENTS = List.of("4.1", "9.2", "A.5.15");

    private InternalAudit audit;

    @BeforeEach
    void setUp() throws Exception {
        audit = new InternalAudit("IA-2026-1", 2026, plan(), REQUIREMENTS);
        ids(audit);
    }

    private static AuditPlan plan() {
        return new AuditPlan("2026年度 内部監査", "全社", "JIS Q 27001:2023、社内規程", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 30), "auditor",
                List.of(new AuditAssignment("IT", "auditor"), new AuditAssignment("HR", "auditor2")));
    }

    /** Items get ids from the database; here we number them ourselves. */
    private static void ids(InternalAudit audit) throws Exception {
        Field id = Identified.class.getDeclaredField("id");
        id.setAccessible(true);
        long next = 1;
        for (ChecklistItem item : audit.getItems()) {
            id.set(item, next++);
        }
    }

    private long itemId(String department, String requirement) {
        return audit.getItems().stream().filter(i -> i.getDepartmentCode().equals(department)
                && i.getRequirement().equals(requirement)).findFirst().orElseThrow().getId();
    }

    private void approve() {
        audit.submitPlan("auditor");
        audit.approvePlan("ciso");
    }

    @Test
    void aChecklistPerDepartmentFromTheRequirements() {
        assertThat(audit.getItems()).hasSize(6);
        assertThat(audit.getItems()).filteredOn(i -> i.getDepartmentCode().equals("HR"))
                .extracting(ChecklistItem::getRequirement).containsExactly("4.1", "9.2", "A.5.15");
    }

    @Test
    void onlyTheAuditorAssignedToTheDepartmentRecordsItsResults() {
        approve();
        assertThatThrownBy(() -> audit.record(itemId("IT", "4.1"), AuditResult.CONFORMING, "ok", "高橋", "auditor3"))
                .isInstanceOf(IsmsException.class).extracting("messageKey").isEqualTo("audit.notOnTheAudit");
        assertThatThrownBy(() -> audit.record(itemId("IT", "4.1"), AuditResult.CONFORMING, "ok", "高橋", "auditor2"))
                .isInstanceOf(IsmsException.class).extracting("messageKey").isEqualTo("audit.notAuditorOfDepartment");
        audit.record(itemId("IT", "4.1"), AuditResult.CONFORMING, "ok", "高橋", "auditor");
        assertThat(audit.item(itemId("IT", "4.1")).getResult()).isEqualTo(AuditResult.CONFORMING);
    }

    @Test
    void noResultsBeforeTheCisoApprovedThePlan() {
        audit.submitPlan("auditor");
        assertThatThrownBy(() -> audit.record(itemId("IT", "4.1"), AuditResult.CONFORMING, "ok", null, "auditor"))
                .isInstanceOf(IsmsException.class).extracting("messageKey").isEqualTo("audit.notRecordable");
    }

    @Test
    void onlyTheLeadAuditorSubmitsThePlan() {
        assertThatThrownBy(() -> audit.submitPlan("auditor2")).isInstanceOf(IsmsException.class)
                .extracting("messageKey").isEqualTo("audit.leadOnly");
    }

    @Test
    void theReportNumbersTheNonconformitiesAndIsImmutableOnceReviewed() {
        approve();
        audit.record(itemId("IT", "A.5.15"), AuditResult.MAJOR_NC, "退職者のアカウントが残存", "高橋", "auditor");
        audit.record(itemId("HR", "9.2"), AuditResult.MINOR_NC, "監査記録の一部欠落", "小林", "auditor2");
        audit.record(itemId("HR", "4.1"), AuditResult.OBSERVATION, "課題一覧の更新が遅い", "小林", "auditor2");

        List<ChecklistItem> ncs = audit.submitReport("auditor", "2件の不適合");

        // HR sorts before IT: the findings are numbered in checklist order
        assertThat(ncs).extracting(ChecklistItem::getRequirement).containsExactly("9.2", "A.5.15");
        assertThat(ncs).extracting(ChecklistItem::getFindingNo).containsExactly(1, 2);
        String hash = audit.getReportSha256();
        audit.review("top", "是正処置を急ぐこと");
        assertThat(audit.getStatus()).isEqualTo(AuditStatus.REVIEWED);
        assertThat(audit.canonicalHash()).isEqualTo(hash);
        assertThatThrownBy(() -> audit.record(itemId("IT", "4.1"), AuditResult.CONFORMING, "ok", null, "auditor"))
                .isInstanceOf(IsmsException.class).extracting("messageKey").isEqualTo("audit.notRecordable");
        assertThatThrownBy(() -> audit.replan(plan(), REQUIREMENTS)).isInstanceOf(IsmsException.class);
    }

    @Test
    void aNonconformityNeedsEvidence() {
        approve();
        assertThatThrownBy(() -> audit.record(itemId("IT", "4.1"), AuditResult.MINOR_NC, " ", null, "auditor"))
                .isInstanceOf(IsmsException.class).extracting("messageKey").isEqualTo("audit.result.evidenceRequired");
    }

    @Test
    void theBaselineCopiesCheckpointsNeverResults() throws Exception {
        audit.setCheckpoint(itemId("IT", "A.5.15"), "退職者アカウントの削除記録を確認", "auditor");
        approve();
        audit.record(itemId("IT", "A.5.15"), AuditResult.MAJOR_NC, "残存", "高橋", "auditor");
        audit.submitReport("auditor", "要約");

        InternalAudit next = new InternalAudit("IA-2027-1", 2027, plan(), REQUIREMENTS);
        next.copyChecklistFrom(audit);

        ChecklistItem copied = next.getItems().stream().filter(i -> i.getDepartmentCode().equals("IT")
                && i.getRequirement().equals("A.5.15")).findFirst().orElseThrow();
        assertThat(copied.getCheckpoint()).isEqualTo("退職者アカウントの削除記録を確認");
        assertThat(copied.getResult()).isNull();
        assertThat(copied.getEvidence()).isNull();
        assertThat(copied.getFindingNo()).isNull();
        assertThat(next.getBaselineOf()).isEqualTo("IA-2026-1");
    }
}
