package jp.isms.web.improvement;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import jp.isms.improvement.application.ImprovementService;
import jp.isms.improvement.application.ImprovementView;
import jp.isms.improvement.domain.ImprovementItem;
import jp.isms.organisation.domain.Role;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/**
 * Improvement items: the office records and communicates them, each person concerned acknowledges here, the
 * owner (or the office) records progress, the result and the security plan revision it led to.
 */
@Named
@ViewScoped
public class ImprovementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ImprovementService improvements;

    private List<ImprovementView> items = List.of();
    private String title;
    private String description;
    private String owner;
    private String targetDate;
    private String origin;
    private String concerned;

    private String selected;
    private int progress;
    private String result;
    private String planDocument;
    private String planVersion;

    public void load() {
        Ui.attempt(() -> items = improvements.list(currentUser.actor()));
    }

    public void create() {
        List<String> people = concerned == null ? List.of() : Arrays.stream(concerned.split("[,、\\s]+")).filter(s -> !s.isBlank()).toList();
        ImprovementView[] created = new ImprovementView[1];
        if (Ui.attempt(() -> created[0] = improvements.create(currentUser.actor(),
                new ImprovementItem.Draft(title, description, owner,
                jp.isms.project.application.ProjectDates.parse(targetDate, "improvement.targetDate"), origin, people)))) {
            Ui.info("improvement.created", created[0].itemNo());
            title = description = owner = origin = concerned = null;
            targetDate = null;
            load();
        }
    }

    public void acknowledge(String itemNo) {
        if (Ui.attempt(() -> improvements.acknowledge(currentUser.actor(), itemNo))) {
            Ui.info("improvement.acknowledged", itemNo);
            load();
        }
    }

    /** Opens the tracking form of one item with its current values. */
    public void select(ImprovementView item) {
        selected = item.itemNo();
        progress = item.progress();
        result = item.result();
        planDocument = item.planDocument();
        planVersion = item.planVersion();
    }

    public void saveProgress() {
        if (Ui.attempt(() -> improvements.recordProgress(currentUser.actor(), selected, null, progress, result))) {
            Ui.info("improvement.progressSaved", selected);
            load();
        }
    }

    public void achieve() {
        if (Ui.attempt(() -> improvements.achieve(currentUser.actor(), selected, null, result, planDocument, planVersion))) {
            Ui.info("improvement.achievedSaved", selected);
            load();
        }
    }

    public void savePlanRevision() {
        if (Ui.attempt(() -> improvements.recordPlanRevision(currentUser.actor(), selected, null, planDocument, planVersion))) {
            Ui.info("improvement.planSaved", selected);
            load();
        }
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public boolean tracks(ImprovementView item) {
        return isOffice() || currentUser.actor().username().equals(item.owner());
    }

    public List<ImprovementView> getItems() {
        return items;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(String targetDate) {
        this.targetDate = targetDate;
    }

    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    public String getConcerned() {
        return concerned;
    }

    public void setConcerned(String concerned) {
        this.concerned = concerned;
    }

    public String getSelected() {
        return selected;
    }

    public int getProgress() {
        return progress;
    }

    public void setProgress(int progress) {
        this.progress = progress;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getPlanDocument() {
        return planDocument;
    }

    public void setPlanDocument(String planDocument) {
        this.planDocument = planDocument;
    }

    public String getPlanVersion() {
        return planVersion;
    }

    public void setPlanVersion(String planVersion) {
        this.planVersion = planVersion;
    }
}
