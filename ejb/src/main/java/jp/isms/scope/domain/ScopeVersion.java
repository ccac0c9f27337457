package jp.isms.scope.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import jp.isms.organisation.domain.Company;
import jp.isms.scope.domain.ScopeEntry.Kind;
import jp.isms.shared.domain.ApprovableVersion;
import jp.isms.shared.domain.IsmsException;

/** One version of the company's ISMS scope. Approved versions never change; every version is kept. */
@Entity
@Table(name = "scope_version")
public class ScopeVersion extends ApprovableVersion {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(length = 4000)
    private String statement;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "scope_entry", joinColumns = @JoinColumn(name = "scope_version_id"))
    @OrderColumn(name = "position")
    private List<ScopeEntry> entries = new ArrayList<>();

    protected ScopeVersion() {
    }

    public ScopeVersion(Company company, int versionNo, ScopeContent content) {
        super(versionNo);
        this.company = company;
        store(content);
    }

    /** Replaces the whole content of a draft or returned version. */
    public void revise(ScopeContent content) {
        requireEditable();
        store(content);
    }

    /** Version n+1 as a draft with the same content, for changing this approved version. */
    public ScopeVersion nextVersion() {
        return new ScopeVersion(company, nextVersionNo(), content());
    }

    public ScopeContent content() {
        List<ScopeContent.Unit> units = new ArrayList<>();
        List<ScopeContent.Site> sites = new ArrayList<>();
        List<ScopeContent.Workforce> workforce = new ArrayList<>();
        List<ScopeContent.SystemOrService> systems = new ArrayList<>();
        List<ScopeContent.Exclusion> exclusions = new ArrayList<>();
        for (ScopeEntry e : entries) {
            switch (e.kind()) {
                case UNIT -> units.add(new ScopeContent.Unit(e.code(), e.name(), e.inScope(), e.detail()));
                case SITE -> sites.add(new ScopeContent.Site(e.name(), e.detail(), e.inScope()));
                case WORKFORCE -> workforce.add(new ScopeContent.Workforce(WorkforceCategory.valueOf(e.code()),
                        e.inScope(), e.detail()));
                case SYSTEM -> systems.add(new ScopeContent.SystemOrService(e.name(), e.detail(), e.inScope()));
                case EXCLUSION -> exclusions.add(new ScopeContent.Exclusion(e.name(), e.detail()));
            }
        }
        return new ScopeContent(statement, List.copyOf(units), List.copyOf(sites), List.copyOf(workforce),
                List.copyOf(systems), List.copyOf(exclusions));
    }

    private void store(ScopeContent content) {
        ScopeContent checked = ScopeContent.of(content.statement(), content.units(), content.sites(),
                content.workforce(), content.systems(), content.exclusions());
        statement = checked.statement();
        entries.clear();
        checked.units().forEach(u -> entries.add(new ScopeEntry(Kind.UNIT, u.code(), u.name(), u.note(), u.inScope())));
        checked.sites().forEach(s -> entries.add(new ScopeEntry(Kind.SITE, null, s.name(), s.address(), s.inScope())));
        checked.workforce().forEach(w -> entries.add(new ScopeEntry(Kind.WORKFORCE, w.category().name(), null,
                w.note(), w.inScope())));
        checked.systems().forEach(s -> entries.add(new ScopeEntry(Kind.SYSTEM, null, s.name(), s.description(),
                s.inScope())));
        checked.exclusions().forEach(e -> entries.add(new ScopeEntry(Kind.EXCLUSION, null, e.subject(),
                e.justification(), false)));
    }

    @Override
    protected String canonicalContent() {
        return content().canonical();
    }

    @Override
    protected String messagePrefix() {
        return "scope";
    }

    /** A scope with nothing in it, or without the statement that sums it up, is not ready for approval. */
    @Override
    protected void checkSubmittable() {
        ScopeContent content = content();
        if (content.statement() == null) {
            throw IsmsException.invalid("validation.required", "scope.statement");
        }
        boolean anythingInScope = content.units().stream().anyMatch(ScopeContent.Unit::inScope)
                || content.sites().stream().anyMatch(ScopeContent.Site::inScope);
        if (!anythingInScope) {
            throw IsmsException.invalid("scope.nothingInScope");
        }
    }
}
