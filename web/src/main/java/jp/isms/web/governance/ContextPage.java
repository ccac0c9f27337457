package jp.isms.web.governance;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.isms.governance.application.ContextRegister;
import jp.isms.governance.application.ContextRegister.IssueRow;
import jp.isms.governance.application.ContextRegister.PartyRow;
import jp.isms.governance.domain.ContextIssue.IssueChange;
import jp.isms.governance.domain.IssueKind;
import jp.isms.organisation.application.UserAdministration;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.PrimeFaces;

/** Issues (4.1) and interested parties (4.2): two database-paged tables and their dialogs. */
@Named
@ViewScoped
public class ContextPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ContextRegister register;

    @Inject
    UserAdministration organisation;

    private PagedModel<IssueRow> issues;
    private PagedModel<PartyRow> parties;

    // the issue dialog
    private Long issueId;
    private Long issueLock;
    private String text;
    private IssueKind kind = IssueKind.INTERNAL;
    private String category;
    private String impact;
    private String department;
    private LocalDate lastReviewed;

    // the party dialog
    private Long partyId;
    private Long partyLock;
    private String partyName;
    private String requirements;
    private String howAddressed;

    public void load() {
        issues = new PagedModel<>(request -> register.issues(currentUser.actor(), request), r -> Long.toString(r.id()),
                "id", true);
        parties = new PagedModel<>(request -> register.parties(currentUser.actor(), request),
                r -> Long.toString(r.id()), "id", true);
    }

    public void newIssue() {
        editIssue(new IssueRow(0, null, IssueKind.INTERNAL, null, null, null, LocalDate.now(), 0));
        issueId = null;
        issueLock = null;
    }

    public void editIssue(IssueRow row) {
        issueId = row.id();
        issueLock = row.lockVersion();
        text = row.text();
        kind = row.kind();
        category = row.category();
        impact = row.impact();
        department = row.department();
        lastReviewed = row.lastReviewed();
    }

    public void saveIssue() {
        IssueChange change = new IssueChange(text, kind, category, impact, department, lastReviewed);
        if (Ui.attempt(() -> {
            if (issueId == null) {
                register.addIssue(currentUser.actor(), change);
            } else {
                register.updateIssue(currentUser.actor(), issueId, change, issueLock);
            }
        })) {
            Ui.info("context.issue.saved");
            PrimeFaces.current().executeScript("PF('issueDialog').hide()");
        }
    }

    public void newParty() {
        editParty(new PartyRow(0, null, null, null, 0));
        partyId = null;
        partyLock = null;
    }

    public void editParty(PartyRow row) {
        partyId = row.id();
        partyLock = row.lockVersion();
        partyName = row.name();
        requirements = row.requirements();
        howAddressed = row.howAddressed();
    }

    public void saveParty() {
        if (Ui.attempt(() -> {
            if (partyId == null) {
                register.addParty(currentUser.actor(), partyName, requirements, howAddressed);
            } else {
                register.updateParty(currentUser.actor(), partyId, partyName, requirements, howAddressed, partyLock);
            }
        })) {
            Ui.info("context.party.saved");
            PrimeFaces.current().executeScript("PF('partyDialog').hide()");
        }
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public IssueKind[] getKinds() {
        return IssueKind.values();
    }

    public List<UserAdministration.DepartmentOption> getDepartments() {
        return organisation.departments();
    }

    public PagedModel<IssueRow> getIssues() {
        return issues;
    }

    public PagedModel<PartyRow> getParties() {
        return parties;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public IssueKind getKind() {
        return kind;
    }

    public void setKind(IssueKind kind) {
        this.kind = kind;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public void setLastReviewed(LocalDate lastReviewed) {
        this.lastReviewed = lastReviewed;
    }

    public String getPartyName() {
        return partyName;
    }

    public void setPartyName(String partyName) {
        this.partyName = partyName;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public String getHowAddressed() {
        return howAddressed;
    }

    public void setHowAddressed(String howAddressed) {
        this.howAddressed = howAddressed;
    }
}
