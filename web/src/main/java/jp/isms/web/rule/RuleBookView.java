package jp.isms.web.rule;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.isms.organisation.domain.Role;
import jp.isms.rule.application.CoverageSummary;
import jp.isms.rule.application.MappingRow;
import jp.isms.rule.application.RequirementCoverage;
import jp.isms.rule.application.RuleBook;
import jp.isms.rule.application.RuleRow;
import jp.isms.rule.domain.RequirementKind;
import jp.isms.rule.domain.RuleChange;
import jp.isms.shared.application.PageRequest;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.PrimeFaces;

/** The rules table (paged in the database), one rule's dialog, and the clause coverage with its mappings. */
@Named
@ViewScoped
public class RuleBookView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RuleBook ruleBook;

    private boolean includeRetired;
    private PagedModel<RuleRow> rules;
    private CoverageSummary coverage;

    // the rule dialog
    private boolean creating;
    private String ruleNo;
    private String title;
    private String ownerDepartment;
    private String revision;
    private LocalDate effectiveOn;
    private Long version;

    // the mapping dialog
    private String requirementId;
    private String mappedRuleNo;
    private String evidence;

    public PagedModel<RuleRow> getRules() {
        if (rules == null) {
            rules = new PagedModel<>(request -> ruleBook.page(currentUser.actor(), withRetired(request)),
                    RuleRow::ruleNo, "ruleNo", true);
        }
        return rules;
    }

    private PageRequest withRetired(PageRequest request) {
        Map<String, String> filters = new java.util.HashMap<>(request.filters());
        filters.put("includeRetired", Boolean.toString(includeRetired));
        return new PageRequest(request.first(), request.size(), request.sortField(), request.ascending(), filters);
    }

    public CoverageSummary getCoverage() {
        if (coverage == null) {
            coverage = ruleBook.clauseCoverage(currentUser.actor(), Ui.locale());
        }
        return coverage;
    }

    /** Rules in force to choose from when mapping: a rule book holds tens of rules, one page of 200 holds them. */
    public List<RuleRow> getActiveRules() {
        return ruleBook.page(currentUser.actor(), new PageRequest(0, PageRequest.MAX_PAGE_SIZE, "ruleNo", true,
                Map.of())).rows();
    }

    public void startNew() {
        creating = true;
        ruleNo = null;
        title = null;
        ownerDepartment = null;
        revision = "1.0";
        effectiveOn = null;
        version = null;
    }

    public void edit(RuleRow row) {
        creating = false;
        ruleNo = row.ruleNo();
        title = row.title();
        ownerDepartment = row.ownerDepartment();
        revision = row.revision();
        effectiveOn = row.effectiveOn();
        version = row.version();
    }

    public void save() {
        RuleChange change = new RuleChange(title, ownerDepartment, revision, effectiveOn);
        boolean saved = Ui.attempt(() -> {
            RuleRow row = creating ? ruleBook.create(currentUser.actor(), ruleNo, change)
                    : ruleBook.update(currentUser.actor(), ruleNo, change, version);
            Ui.info("rules.saved", row.ruleNo());
        });
        if (saved) {
            coverage = null;
            PrimeFaces.current().executeScript("PF('ruleDialog').hide()");
        }
    }

    public void retire(RuleRow row) {
        if (Ui.attempt(() -> ruleBook.retire(currentUser.actor(), row.ruleNo(), !row.retired()))) {
            Ui.info(row.retired() ? "rules.reinstatedDone" : "rules.retiredDone", row.ruleNo());
            coverage = null;
        }
    }

    public void startMapping(RequirementCoverage requirement) {
        requirementId = requirement.requirementId();
        mappedRuleNo = null;
        evidence = null;
    }

    public void map() {
        boolean mapped = Ui.attempt(() -> {
            MappingRow row = ruleBook.map(currentUser.actor(), RequirementKind.CLAUSE, requirementId, mappedRuleNo,
                    evidence);
            Ui.info("rules.mapped", row.ruleNo(), row.requirementId());
        });
        if (mapped) {
            coverage = null;
            PrimeFaces.current().executeScript("PF('mapDialog').hide()");
        }
    }

    public void unmap(MappingRow row) {
        if (Ui.attempt(() -> ruleBook.unmap(currentUser.actor(), row.id()))) {
            Ui.info("rules.unmapped");
            coverage = null;
        }
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public boolean isIncludeRetired() {
        return includeRetired;
    }

    public void setIncludeRetired(boolean includeRetired) {
        this.includeRetired = includeRetired;
    }

    public boolean isCreating() {
        return creating;
    }

    public String getRuleNo() {
        return ruleNo;
    }

    public void setRuleNo(String ruleNo) {
        this.ruleNo = ruleNo;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOwnerDepartment() {
        return ownerDepartment;
    }

    public void setOwnerDepartment(String ownerDepartment) {
        this.ownerDepartment = ownerDepartment;
    }

    public String getRevision() {
        return revision;
    }

    public void setRevision(String revision) {
        this.revision = revision;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getRequirementId() {
        return requirementId;
    }

    public String getMappedRuleNo() {
        return mappedRuleNo;
    }

    public void setMappedRuleNo(String mappedRuleNo) {
        this.mappedRuleNo = mappedRuleNo;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }
}
