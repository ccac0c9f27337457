package jp.isms.web.risk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.isms.organisation.domain.Role;
import jp.isms.risk.application.AssessmentView;
import jp.isms.risk.application.RiskAssessmentApprovalService;
import jp.isms.risk.application.RiskRegister;
import jp.isms.risk.application.RiskRow;
import jp.isms.web.faces.PagedModel;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** The register of one assessment version (by default the newest of the current assessment). */
@Named
@ViewScoped
public class RiskRegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    RiskRegister register;

    @Inject
    RiskAssessmentApprovalService approvals;

    @Inject
    jp.isms.riskmethod.application.RiskMethods methods;

    private Integer currentMethodVersion;

    @Inject
    jp.isms.web.treatment.RiskHeatMapView heatMap;

    private String key;
    private Integer version;
    private AssessmentView assessment;
    private PagedModel<RiskRow> risks;
    private String submissionComment;
    private String newKey;
    private String newTitle;

    public void load() {
        heatMap.refresh();
        Ui.attempt(() -> {
            assessment = register.view(currentUser.actor(), key, version).orElse(null);
            if (assessment != null) {
                long id = assessment.id();
                risks = new PagedModel<>(request -> register.risks(currentUser.actor(), id, heatMap.filter(request)), RiskRow::riskNo,
                        "riskNo", true);
            }
        });
    }

    /** After an edit: show the version that was changed (a new one, if the shown one was frozen). */
    public void reload(String businessKey, Integer newVersion) {
        key = businessKey;
        version = newVersion;
        load();
    }

    public void submit() {
        if (assessment != null && Ui.attempt(() -> approvals.submit(currentUser.actor(), assessment.businessKey(),
                submissionComment))) {
            Ui.info("risk.submitted", assessment.businessKey());
            submissionComment = null;
            version = null;
            load();
        }
    }

    public void create() {
        if (Ui.attempt(() -> register.createAssessment(currentUser.actor(), newKey, newTitle))) {
            Ui.info("risk.assessment.created", newKey.trim());
            reload(newKey.trim(), null);
            newKey = null;
            newTitle = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('newAssessmentDialog').hide()");
        }
    }

    /** The ISMS office re-bases a draft onto the current method version: explicit, rescoring shown, in the history. */
    public void rebase() {
        if (assessment != null && Ui.attempt(() -> register.rebase(currentUser.actor(), assessment.businessKey()))) {
            Ui.info("method.rebased", assessment.businessKey(), getCurrentMethodVersion());
            version = null;
            load();
        }
    }

    public int getCurrentMethodVersion() {
        if (currentMethodVersion == null) {
            currentMethodVersion = methods.current().getVersion();
        }
        return currentMethodVersion;
    }

    /** Offered while the newest version is editable and scored with an older method version. */
    public boolean isRebasable() {
        return isSubmittable() && assessment.methodVersion() != getCurrentMethodVersion();
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    /** Submitting makes sense for the newest version while it is a draft and no approval runs. */
    public boolean isSubmittable() {
        return isOffice() && assessment != null && assessment.status().editable() && !assessment.approvalRunning()
                && assessment.version() == assessment.versions().get(assessment.versions().size() - 1);
    }

    public boolean isEditable() {
        return isOffice() && assessment != null && (assessment.status().editable() || assessment.status().frozen())
                && assessment.version() == assessment.versions().get(assessment.versions().size() - 1);
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public AssessmentView getAssessment() {
        return assessment;
    }

    public PagedModel<RiskRow> getRisks() {
        return risks;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getSubmissionComment() {
        return submissionComment;
    }

    public void setSubmissionComment(String submissionComment) {
        this.submissionComment = submissionComment;
    }
}
