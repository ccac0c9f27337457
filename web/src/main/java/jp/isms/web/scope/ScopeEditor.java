package jp.isms.web.scope;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.isms.governance.application.DocumentView;
import jp.isms.organisation.application.UserAdministration;
import jp.isms.scope.application.ScopeDocuments;
import jp.isms.scope.domain.ScopeContent;
import jp.isms.scope.domain.WorkforceCategory;
import jp.isms.web.faces.Redirect;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * The scope editor: the statement and five tables of rows the office adds, changes and removes, saved
 * as one whole. Saving an approved version saves a new draft version and says so.
 */
@Named
@ViewScoped
public class ScopeEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ScopeDocuments scopes;

    @Inject
    UserAdministration organisation;

    private Long id;
    private DocumentView<ScopeContent> scope;
    private String statement;
    private final List<Row> units = new ArrayList<>();
    private final List<Row> sites = new ArrayList<>();
    private final List<Row> workforce = new ArrayList<>();
    private final List<Row> systems = new ArrayList<>();
    private final List<Row> exclusions = new ArrayList<>();

    /** One editable line of any of the five tables: name, a code, a detail text, in scope or not. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private String code;
        private String name;
        private String detail;
        private boolean inScope = true;
        private WorkforceCategory category;

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDetail() {
            return detail;
        }

        public void setDetail(String detail) {
            this.detail = detail;
        }

        public boolean isInScope() {
            return inScope;
        }

        public void setInScope(boolean inScope) {
            this.inScope = inScope;
        }

        public WorkforceCategory getCategory() {
            return category;
        }

        public void setCategory(WorkforceCategory category) {
            this.category = category;
        }

        static Row of(String code, String name, String detail, boolean inScope) {
            Row row = new Row();
            row.code = code;
            row.name = name;
            row.detail = detail;
            row.inScope = inScope;
            return row;
        }
    }

    public void load() {
        Ui.attempt(() -> {
            scope = id == null ? scopes.newest(currentUser.actor()).orElse(null) : scopes.view(currentUser.actor(), id);
            if (scope == null) {
                return;
            }
            ScopeContent content = scope.content();
            statement = content.statement();
            content.units().forEach(u -> units.add(Row.of(u.code(), u.name(), u.note(), u.inScope())));
            content.sites().forEach(s -> sites.add(Row.of(null, s.name(), s.address(), s.inScope())));
            content.workforce().forEach(w -> {
                Row row = Row.of(null, null, w.note(), w.inScope());
                row.category = w.category();
                workforce.add(row);
            });
            content.systems().forEach(s -> systems.add(Row.of(null, s.name(), s.description(), s.inScope())));
            content.exclusions().forEach(e -> exclusions.add(Row.of(null, e.subject(), e.justification(), false)));
        });
    }

    public void save() {
        ScopeContent content = new ScopeContent(statement,
                units.stream().map(r -> new ScopeContent.Unit(r.code, r.name, r.inScope, r.detail)).toList(),
                sites.stream().map(r -> new ScopeContent.Site(r.name, r.detail, r.inScope)).toList(),
                workforce.stream().map(r -> new ScopeContent.Workforce(r.category, r.inScope, r.detail)).toList(),
                systems.stream().map(r -> new ScopeContent.SystemOrService(r.name, r.detail, r.inScope)).toList(),
                exclusions.stream().map(r -> new ScopeContent.Exclusion(r.name, r.detail)).toList());
        DocumentView<ScopeContent>[] saved = new DocumentView[1];
        if (Ui.attempt(() -> saved[0] = scopes.update(currentUser.actor(), scope.id(), content, scope.lockVersion()))) {
            if (saved[0].id() != scope.id()) {
                Ui.info("scope.newVersionCreated", saved[0].versionNo());
            } else {
                Ui.info("scope.saved", saved[0].versionNo());
            }
            Redirect.to("/app/scope/scope.xhtml?id=" + saved[0].id());
        }
    }

    public void add(List<Row> rows) {
        rows.add(new Row());
    }

    public void remove(List<Row> rows, Row row) {
        rows.remove(row);
    }

    public List<UserAdministration.DepartmentOption> getDepartments() {
        return organisation.departments();
    }

    public WorkforceCategory[] getCategories() {
        return WorkforceCategory.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DocumentView<ScopeContent> getScope() {
        return scope;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public List<Row> getUnits() {
        return units;
    }

    public List<Row> getSites() {
        return sites;
    }

    public List<Row> getWorkforce() {
        return workforce;
    }

    public List<Row> getSystems() {
        return systems;
    }

    public List<Row> getExclusions() {
        return exclusions;
    }
}
