package jp.isms.risk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.regex.Pattern;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * One action of a risk's treatment plan (リスク対応計画): what is done, by whom, by when. Part of the risk and so
 * of the assessment version: it is locked while the version is in approval and copied into the next version
 * when an approved one is changed. Its number is stable across versions, so a plan item keeps its name.
 */
@Entity
@Table(name = "treatment_plan_item")
public class TreatmentPlanItem extends Identified {

    public static final int ACTION_MAX = 500;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "risk_id")
    private Risk risk;

    @Column(name = "item_no", nullable = false)
    private int itemNo;

    @Column(name = "action_text", nullable = false)
    private String action;

    @Column(name = "owner_username", nullable = false)
    private String ownerUsername;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanItemStatus status;

    protected TreatmentPlanItem() {
    }

    TreatmentPlanItem(Risk risk, int itemNo, PlanItemChange values, LocalDate today) {
        this.risk = risk;
        this.itemNo = itemNo;
        apply(values, today);
    }

    TreatmentPlanItem copyFor(Risk newRisk) {
        TreatmentPlanItem copy = new TreatmentPlanItem();
        copy.risk = newRisk;
        copy.itemNo = itemNo;
        copy.action = action;
        copy.ownerUsername = ownerUsername;
        copy.dueDate = dueDate;
        copy.status = status;
        return copy;
    }

    /**
     * Checks everything first and only then assigns. A due date in the past is refused when it is set or moved
     * (planning something already late is a typo), but an item that simply became late keeps its date: that is
     * what overdue means.
     */
    void apply(PlanItemChange change, LocalDate today) {
        String newAction = change.action() == null ? "" : change.action().strip();
        if (newAction.isEmpty()) {
            throw IsmsException.invalid("validation.required", "treatment.planItem.action");
        }
        if (newAction.codePointCount(0, newAction.length()) > ACTION_MAX) {
            throw IsmsException.invalid("treatment.planItem.actionTooLong", ACTION_MAX);
        }
        String newOwner = change.ownerUsername() == null ? "" : change.ownerUsername().strip();
        if (newOwner.isEmpty()) {
            throw IsmsException.invalid("validation.required", "treatment.planItem.owner");
        }
        if (!USERNAME.matcher(newOwner).matches()) {
            throw IsmsException.invalid("treatment.planItem.ownerUnknown", newOwner);
        }
        if (change.dueDate() == null) {
            throw IsmsException.invalid("validation.required", "treatment.planItem.dueDate");
        }
        PlanItemStatus newStatus = change.status() == null ? PlanItemStatus.OPEN : change.status();
        boolean dateSetNow = dueDate == null || !dueDate.equals(change.dueDate());
        if (dateSetNow && newStatus == PlanItemStatus.OPEN && change.dueDate().isBefore(today)) {
            throw IsmsException.invalid("treatment.planItem.dueInPast", change.dueDate(), today);
        }
        this.action = newAction;
        this.ownerUsername = newOwner;
        this.dueDate = change.dueDate();
        this.status = newStatus;
    }

    public boolean isOverdue(LocalDate today) {
        return status == PlanItemStatus.OPEN && dueDate.isBefore(today);
    }

    public PlanItemChange values() {
        return new PlanItemChange(action, ownerUsername, dueDate, status);
    }

    public Risk getRisk() {
        return risk;
    }

    public int getItemNo() {
        return itemNo;
    }

    public String getAction() {
        return action;
    }

    public String getOwnerUsername() {
        return ownerUsername;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public PlanItemStatus getStatus() {
        return status;
    }
}
