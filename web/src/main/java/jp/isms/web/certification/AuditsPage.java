package jp.isms.web.certification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import jp.isms.certification.application.AuditView;
import jp.isms.certification.application.CertificationAudits;
import jp.isms.certification.application.CertificationReadiness;
import jp.isms.certification.domain.CertificationStatus;
import jp.isms.certification.domain.ReadinessConfig;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * Where the company stands with its body (never "certified" before the certificate), the readiness check with
 * the CISO's switches for stage 1, the application, and every audit.
 */
@Named
@ViewScoped
public class AuditsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CertificationAudits audits;

    @Inject
    CertificationReadiness readiness;

    private CertificationStatus status;
    private List<CertificationReadiness.Check> checks = List.of();
    private List<AuditView> list = List.of();
    private boolean internalAuditForStage1;
    private boolean reviewForStage1;
    private LocalDate plannedDate;

    public void load() {
        Ui.attempt(() -> {
            status = audits.status(currentUser.actor()).orElse(null);
            checks = readiness.checks(currentUser.actor());
            list = audits.list(currentUser.actor());
            ReadinessConfig config = readiness.config(currentUser.actor());
            internalAuditForStage1 = config.isStage1RequiresInternalAudit();
            reviewForStage1 = config.isStage1RequiresReview();
        });
    }

    public void configure() {
        if (Ui.attempt(() -> {
            readiness.configure(currentUser.actor(), internalAuditForStage1, reviewForStage1);
            Ui.info("certification.readiness.configured");
        })) {
            load();
        }
    }

    public void apply() {
        if (plannedDate == null) {
            Ui.failedWith("certification.apply.dateRequired");
            return;
        }
        if (Ui.attempt(() -> {
            AuditView view = audits.apply(currentUser.actor(), plannedDate);
            Ui.info("certification.apply.done", view.reference());
        })) {
            load();
        }
    }

    public boolean isReadyForStage1() {
        return checks.stream().allMatch(c -> c.met() || !c.requiredForStage1());
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public boolean isCiso() {
        return currentUser.actor().has(Role.CISO);
    }

    public CertificationStatus getStatus() {
        return status;
    }

    public List<CertificationReadiness.Check> getChecks() {
        return checks;
    }

    public List<AuditView> getList() {
        return list;
    }

    public boolean isInternalAuditForStage1() {
        return internalAuditForStage1;
    }

    public void setInternalAuditForStage1(boolean value) {
        this.internalAuditForStage1 = value;
    }

    public boolean isReviewForStage1() {
        return reviewForStage1;
    }

    public void setReviewForStage1(boolean value) {
        this.reviewForStage1 = value;
    }

    public LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }
}
