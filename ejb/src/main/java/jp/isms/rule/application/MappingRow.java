package jp.isms.rule.application;

import jp.isms.rule.domain.RequirementKind;
import jp.isms.rule.domain.RequirementMapping;

/** One rule answering one requirement, with the evidence an auditor will be shown. */
public record MappingRow(long id, RequirementKind kind, String requirementId, String ruleNo, String ruleTitle,
        boolean ruleRetired, String evidence) {

    static MappingRow of(RequirementMapping mapping) {
        return new MappingRow(mapping.getId(), mapping.getKind(), mapping.getRequirementId(),
                mapping.getRule().getRuleNo(), mapping.getRule().getTitle(), mapping.getRule().isRetired(),
                mapping.getEvidence());
    }
}
