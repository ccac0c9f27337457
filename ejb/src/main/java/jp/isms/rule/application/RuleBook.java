package jp.isms.rule.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import jp.isms.control.application.ControlCatalogueQueries;
import jp.isms.control.domain.ControlCatalogue;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.rule.domain.InternalRule;
import jp.isms.rule.domain.RequirementKind;
import jp.isms.rule.domain.RequirementMapping;
import jp.isms.rule.domain.RuleChange;
import jp.isms.rule.domain.RuleRepository;
import jp.isms.shared.application.Page;
import jp.isms.shared.application.PageRequest;
import jp.isms.shared.domain.IsmsException;

/**
 * The company's rule book and its mapping to the standard. Everyone signed in reads the rules (they are
 * the rules everyone works by); the ISMS office maintains them and the mapping.
 */
@ApplicationScoped
@Transactional
public class RuleBook {

    @Inject
    RuleRepository rules;

    @Inject
    ControlCatalogue catalogue;

    @Inject
    ControlCatalogueQueries catalogueQueries;

    public Page<RuleRow> page(Actor actor, PageRequest request) {
        Page<InternalRule> page = rules.page(request);
        return new Page<>(page.rows().stream().map(RuleRow::of).toList(), page.total());
    }

    public RuleRow get(Actor actor, String ruleNo) {
        return RuleRow.of(rule(ruleNo));
    }

    public RuleRow create(Actor actor, String ruleNo, RuleChange values) {
        actor.require(Role.ISMS_OFFICE);
        String number = InternalRule.checkNumber(ruleNo);
        if (rules.find(number).isPresent()) {
            throw IsmsException.conflict("rule.ruleNo.taken", number);
        }
        InternalRule rule = new InternalRule(number, values);
        rules.add(rule);
        rules.flush();
        return RuleRow.of(rule);
    }

    /**
     * Changes a rule the editor saw at {@code expectedVersion}; someone else's change in between is a
     * conflict rather than a silent overwrite. A null version skips the check (API callers that do not send it).
     */
    public RuleRow update(Actor actor, String ruleNo, RuleChange values, Long expectedVersion) {
        actor.require(Role.ISMS_OFFICE);
        InternalRule rule = rule(ruleNo);
        requireVersion(rule, expectedVersion);
        rule.apply(values);
        rules.flush();
        return RuleRow.of(rule);
    }

    public RuleRow retire(Actor actor, String ruleNo, boolean retired) {
        actor.require(Role.ISMS_OFFICE);
        InternalRule rule = rule(ruleNo);
        if (retired) {
            rule.retire();
        } else {
            rule.reinstate();
        }
        rules.flush();
        return RuleRow.of(rule);
    }

    /** Says that a rule answers a requirement, and with what evidence; mapping it twice is refused. */
    public MappingRow map(Actor actor, RequirementKind kind, String requirementId, String ruleNo, String evidence) {
        actor.require(Role.ISMS_OFFICE);
        if (kind == null) {
            throw IsmsException.invalid("validation.required", "rule.requirementKind");
        }
        String requirement = checkRequirement(kind, requirementId);
        InternalRule rule = rule(ruleNo);
        if (rules.mapping(kind, requirement, rule.getRuleNo()).isPresent()) {
            throw IsmsException.conflict("rule.mapping.exists", rule.getRuleNo(), requirement);
        }
        RequirementMapping mapping = new RequirementMapping(kind, requirement, rule, evidence);
        rules.add(mapping);
        rules.flush();
        return MappingRow.of(mapping);
    }

    public MappingRow describeEvidence(Actor actor, long mappingId, String evidence) {
        actor.require(Role.ISMS_OFFICE);
        RequirementMapping mapping = mapping(mappingId);
        mapping.describeEvidence(evidence);
        rules.flush();
        return MappingRow.of(mapping);
    }

    public void unmap(Actor actor, long mappingId) {
        actor.require(Role.ISMS_OFFICE);
        rules.remove(mapping(mappingId));
        rules.flush();
    }

    /** Every requirement clause 4.1–10.2 in the standard's order, with the rules that answer it. */
    public CoverageSummary clauseCoverage(Actor actor, Locale locale) {
        Map<String, List<MappingRow>> byClause = rules.mappings(RequirementKind.CLAUSE).stream()
                .map(MappingRow::of).collect(Collectors.groupingBy(MappingRow::requirementId));
        return new CoverageSummary(catalogueQueries.clauses(locale).stream()
                .map(c -> new RequirementCoverage(c.id(), c.title(), c.subClause(),
                        byClause.getOrDefault(c.id(), List.of())))
                .toList());
    }

    /** The rules that answer one Annex A control (for the Statement of Applicability's "internal rules"). */
    public List<MappingRow> controlMappings(Actor actor, String controlId) {
        return rules.mappings(RequirementKind.CONTROL, controlId).stream().map(MappingRow::of).toList();
    }

    public List<MappingRow> mappingsOf(Actor actor, String ruleNo) {
        return rules.mappingsOf(rule(ruleNo).getRuleNo()).stream().map(MappingRow::of).toList();
    }

    private String checkRequirement(RequirementKind kind, String requirementId) {
        String id = requirementId == null ? "" : requirementId.strip();
        boolean known = kind == RequirementKind.CLAUSE ? catalogue.clause(id).isPresent()
                : catalogue.byId(id).isPresent();
        if (!known) {
            throw IsmsException.invalid(kind == RequirementKind.CLAUSE ? "rule.clause.unknown" : "control.unknown", id);
        }
        return id;
    }

    private InternalRule rule(String ruleNo) {
        return rules.find(ruleNo).orElseThrow(() -> IsmsException.notFound("rule.unknown", ruleNo));
    }

    private RequirementMapping mapping(long id) {
        return rules.mapping(id).orElseThrow(() -> IsmsException.notFound("rule.mapping.unknown", id));
    }

    private static void requireVersion(InternalRule rule, Long expectedVersion) {
        if (expectedVersion != null && expectedVersion != rule.getLockVersion()) {
            throw IsmsException.conflict("rule.changedMeanwhile", rule.getRuleNo());
        }
    }
}
