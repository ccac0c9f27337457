package jp.isms.risk.application;

import java.time.LocalDate;
import jp.isms.risk.domain.PlanItemStatus;
import jp.isms.risk.domain.TreatmentPlanItem;

/** One treatment plan item as the plan and the API show it; overdue is worked out for today (Asia/Tokyo). */
public record PlanItemRow(String businessKey, int version, String riskNo, String departmentCode,
        String departmentName, String assetName, int itemNo, String action, String owner, LocalDate dueDate,
        PlanItemStatus status, boolean overdue) implements java.io.Serializable {

    static PlanItemRow of(TreatmentPlanItem item, LocalDate today) {
        var risk = item.getRisk();
        var department = risk.getDepartment();
        return new PlanItemRow(risk.getAssessment().getBusinessKey(), risk.getAssessment().getVersion(),
                risk.getRiskNo(), department == null ? null : department.getCode(),
                department == null ? null : department.getName(), risk.getAssetName(), item.getItemNo(),
                item.getAction(), item.getOwnerUsername(), item.getDueDate(), item.getStatus(), item.isOverdue(today));
    }

    /** A key unique within one assessment version, for tables. */
    public String key() {
        return riskNo + "/" + itemNo;
    }
}
