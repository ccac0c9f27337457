package jp.isms.governance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.Texts;

/**
 * An information security objective (6.2): what is to be achieved, how it is measured, the target,
 * who is responsible and by when, and how far it has come.
 */
@Entity
@Table(name = "security_objective")
public class SecurityObjective extends Identified {

    @Column(nullable = false, length = 500)
    private String objective;

    @Column(nullable = false, length = 500)
    private String measure;

    @Column(nullable = false)
    private String target;

    @Column(name = "owner_username", nullable = false)
    private String owner;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectiveStatus status;

    /** Percent of the target reached, 0–100. */
    @Column(nullable = false)
    private int achievement;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected SecurityObjective() {
    }

    public SecurityObjective(ObjectiveChange values) {
        apply(values);
    }

    /** What the ISMS office enters for one objective. */
    public record ObjectiveChange(String objective, String measure, String target, String owner, LocalDate dueDate,
            ObjectiveStatus status, Integer achievement) {
    }

    public void apply(ObjectiveChange values) {
        if (values == null || values.dueDate() == null) {
            throw IsmsException.invalid("validation.required", "objective.dueDate");
        }
        objective = Texts.required(values.objective(), "objective.objective", 500);
        measure = Texts.required(values.measure(), "objective.measure", 500);
        target = Texts.required(values.target(), "objective.target", 200);
        owner = Texts.required(values.owner(), "objective.owner", 64);
        dueDate = values.dueDate();
        status = values.status() == null ? ObjectiveStatus.PLANNED : values.status();
        int percent = values.achievement() == null ? 0 : values.achievement();
        if (percent < 0 || percent > 100) {
            throw IsmsException.invalid("objective.achievement.range", percent);
        }
        achievement = percent;
    }

    /** Past its due date and still open. */
    public boolean overdueOn(LocalDate today) {
        return status.open() && dueDate.isBefore(today);
    }

    public String getObjective() {
        return objective;
    }

    public String getMeasure() {
        return measure;
    }

    public String getTarget() {
        return target;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ObjectiveStatus getStatus() {
        return status;
    }

    public int getAchievement() {
        return achievement;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
