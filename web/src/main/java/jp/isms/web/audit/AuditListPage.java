package jp.isms.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.isms.audit.application.AuditService;
import jp.isms.audit.application.AuditViews;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.Redirect;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The internal audits and the form of a new plan. */
@Named
@ViewScoped
public class AuditListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditService audits;

    private List<AuditViews.Audit> list = List.of();
    private final PlanForm plan = new PlanForm();

    public void load() {
        Ui.attempt(() -> {
            list = audits.list(currentUser.actor());
            if (isPlanner()) {
                plan.offer(audits.departmentChoices(currentUser.actor()));
            }
        });
    }

    public void create() {
        AuditViews.Audit[] created = new AuditViews.Audit[1];
        if (Ui.attempt(() -> created[0] = audits.create(currentUser.actor(),
                plan.getStartDate() == null ? java.time.LocalDate.now().getYear() : plan.getStartDate().getYear(),
                plan.toPlan(), plan.getBaseline()))) {
            Ui.info("audit.created", created[0].auditNo());
            Redirect.to("/app/audit/audit.xhtml?id=" + created[0].id());
        }
    }

    public boolean isPlanner() {
        var actor = currentUser.actor();
        return actor.has(Role.INTERNAL_AUDITOR) || actor.has(Role.ISMS_OFFICE) || actor.has(Role.CISO);
    }

    public List<AuditViews.Audit> getList() {
        return list;
    }

    public PlanForm getPlan() {
        return plan;
    }
}
