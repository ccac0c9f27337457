package jp.isms.rule.domain;

import java.util.List;
import java.util.Optional;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;

public interface RuleRepository {

    Optional<InternalRule> find(String ruleNo);

    Page<InternalRule> page(PageRequest request);

    void add(InternalRule rule);

    Optional<RequirementMapping> mapping(long id);

    Optional<RequirementMapping> mapping(RequirementKind kind, String requirementId, String ruleNo);

    /** Every mapping of one kind, with its rule, ordered by requirement and rule number. */
    List<RequirementMapping> mappings(RequirementKind kind);

    /** The rules answering one requirement, by rule number. */
    List<RequirementMapping> mappings(RequirementKind kind, String requirementId);

    List<RequirementMapping> mappingsOf(String ruleNo);

    void add(RequirementMapping mapping);

    void remove(RequirementMapping mapping);

    void flush();
}
