package jp.isms.risk.application;

import java.util.List;
import jp.isms.risk.domain.RiskLevel;
import jp.isms.risk.domain.Treatment;

/** How one risk is treated: the option, the controls chosen, the plan items, inherent and residual scores. */
public record TreatmentView(String businessKey, int version, String riskNo, String departmentCode, Long assetId,
        String assetName, String threat, String vulnerability, int inherentScore, RiskLevel inherentLevel,
        Treatment treatment, List<ProposalRow.ControlRef> controls, List<PlanItemRow> planItems, int residualScore,
        RiskLevel residualLevel) implements java.io.Serializable {
}
