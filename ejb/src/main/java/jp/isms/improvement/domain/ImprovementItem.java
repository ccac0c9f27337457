package jp.isms.improvement.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import jp.isms.organisation.domain.Company;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * An improvement of the ISMS: communicated to the people concerned, agreed once each has acknowledged it,
 * tracked to its result, and tied to the revision of the security plan it led to (document and version).
 */
@Entity
@Table(name = "improvement_item")
public class ImprovementItem extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "item_no", nullable = false)
    private String itemNo;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false)
    private String owner;

    @Column(name = "target_date", nullable = false)
    private LocalDate targetDate;

    /** Where it came from, e.g. the management review {@code MR-2026-01}; free text. */
    @Column
    private String origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImprovementStatus status;

    @Column(nullable = false)
    private int progress;

    @Column(length = 4000)
    private String result;

    @Column(name = "plan_document")
    private String planDocument;

    @Column(name = "plan_version")
    private String planVersion;

    @Column(name = "plan_revised_at")
    private Instant planRevisedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "improvement_acknowledgement", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "line_no")
    private List<Acknowledgement> acknowledgements = new ArrayList<>();

    protected ImprovementItem() {
    }

    /** What the office enters; the owner is always among the people concerned. */
    public record Draft(String title, String description, String owner, LocalDate targetDate, String origin,
            List<String> concerned) {
        public Draft {
            if (title == null || title.isBlank() || owner == null || owner.isBlank() || targetDate == null) {
                throw IsmsException.invalid("improvement.incomplete");
            }
        }
    }

    public ImprovementItem(Company company, String itemNo, Draft draft) {
        this.company = company;
        this.itemNo = itemNo;
        this.title = draft.title().strip();
        this.description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        this.owner = draft.owner().strip();
        this.targetDate = draft.targetDate();
        this.origin = draft.origin() == null || draft.origin().isBlank() ? null : draft.origin().strip();
        this.status = ImprovementStatus.COMMUNICATED;
        this.createdAt = Instant.now();
        LinkedHashSet<String> people = new LinkedHashSet<>();
        people.add(owner);
        if (draft.concerned() != null) {
            draft.concerned().stream().filter(u -> u != null && !u.isBlank()).map(String::strip).forEach(people::add);
        }
        people.forEach(u -> acknowledgements.add(new Acknowledgement(u, null)));
    }

    /** A person concerned acknowledges; when the last one does, the item is agreed. */
    public void acknowledge(String username) {
        for (int i = 0; i < acknowledgements.size(); i++) {
            Acknowledgement a = acknowledgements.get(i);
            if (a.getUsername().equals(username)) {
                if (a.isAcknowledged()) {
                    throw IsmsException.conflict("improvement.alreadyAcknowledged");
                }
                acknowledgements.set(i, new Acknowledgement(username, Instant.now()));
                if (status == ImprovementStatus.COMMUNICATED && acknowledgements.stream().allMatch(Acknowledgement::isAcknowledged)) {
                    status = ImprovementStatus.AGREED;
                }
                return;
            }
        }
        throw IsmsException.forbidden("improvement.notConcerned");
    }

    /** The owner records progress (0–99 %; 100 % is {@link #achieve}); only once everyone agreed. */
    public void recordProgress(int percent, String note) {
        requireAgreed();
        if (percent < 0 || percent > 99) {
            throw IsmsException.invalid("improvement.progress.range");
        }
        progress = percent;
        result = note == null || note.isBlank() ? result : note.strip();
        status = ImprovementStatus.IN_PROGRESS;
    }

    /** Achieved, with its result and the security plan revision it led to (document and version). */
    public void achieve(String resultText, String document, String version) {
        requireAgreed();
        if (resultText == null || resultText.isBlank()) {
            throw IsmsException.invalid("improvement.result.missing");
        }
        progress = 100;
        result = resultText.strip();
        status = ImprovementStatus.ACHIEVED;
        if (document != null && !document.isBlank()) {
            recordPlanRevision(document, version);
        }
    }

    /** Which document of the security plan changed because of this item, and to which version. */
    public void recordPlanRevision(String document, String version) {
        if (document == null || document.isBlank() || version == null || version.isBlank()) {
            throw IsmsException.invalid("improvement.plan.incomplete");
        }
        planDocument = document.strip();
        planVersion = version.strip();
        planRevisedAt = Instant.now();
    }

    private void requireAgreed() {
        if (status == ImprovementStatus.COMMUNICATED) {
            throw IsmsException.conflict("improvement.notAgreed");
        }
        if (status == ImprovementStatus.ACHIEVED) {
            throw IsmsException.conflict("improvement.alreadyAchieved");
        }
    }

    public boolean concerns(String username) {
        return acknowledgements.stream().anyMatch(a -> a.getUsername().equals(username));
    }

    public boolean awaitsAcknowledgementOf(String username) {
        return acknowledgements.stream().anyMatch(a -> a.getUsername().equals(username) && !a.isAcknowledged());
    }

    public boolean overdueOn(LocalDate today) {
        return status != ImprovementStatus.ACHIEVED && targetDate.isBefore(today);
    }

    public String getItemNo() {
        return itemNo;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public String getOrigin() {
        return origin;
    }

    public ImprovementStatus getStatus() {
        return status;
    }

    public int getProgress() {
        return progress;
    }

    public String getResult() {
        return result;
    }

    public String getPlanDocument() {
        return planDocument;
    }

    public String getPlanVersion() {
        return planVersion;
    }

    public Instant getPlanRevisedAt() {
        return planRevisedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public List<Acknowledgement> getAcknowledgements() {
        return Collections.unmodifiableList(acknowledgements);
    }
}
