package jp.isms.riskmethod.domain;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.isms.organisation.domain.Company;
import jp.isms.risk.domain.RiskLevel;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * One published version of the company's risk method: kind, scale, and per level the threshold, the required
 * action and who accepts a residual risk of it. Immutable once published: a change is a new version, so an
 * assessment scored with this one keeps its meaning for good. The engine holds the same table as a DMN decision
 * ({@link #getDecisionDefinitionId()}), and scores are rated by evaluating that decision.
 */
@Entity
@Table(name = "risk_method_version")
public class RiskMethodVersion extends Identified {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MethodKind kind;

    @Column(nullable = false)
    private int scale;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "risk_method_level", joinColumns = @JoinColumn(name = "method_version_id"))
    @OrderColumn(name = "position")
    private List<LevelRule> levels = new ArrayList<>();

    @Column(name = "decision_definition_id")
    private String decisionDefinitionId;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "note")
    private String note;

    protected RiskMethodVersion() {
    }

    /** Checks the whole table first; a refused version is never created. */
    public RiskMethodVersion(Company company, int version, MethodKind kind, int scale, List<LevelRule> levels,
            String publishedBy, String note) {
        check(kind, scale, levels);
        this.company = company;
        this.version = version;
        this.kind = kind;
        this.scale = scale;
        this.levels = new ArrayList<>(levels);
        this.publishedBy = publishedBy;
        this.publishedAt = Instant.now();
        this.note = note == null || note.isBlank() ? null : note.trim();
    }

    /**
     * The rules every table must keep: one rule per level from low to high, thresholds strictly ascending, all
     * within the scale's range, and the lowest level starting at the lowest score, so every score has a level.
     */
    public static void check(MethodKind kind, int scale, List<LevelRule> levels) {
        if (kind == null) {
            throw IsmsException.invalid("validation.required", "method.kind");
        }
        if (scale < MethodKind.MIN_SCALE || scale > MethodKind.MAX_SCALE) {
            throw IsmsException.invalid("method.scaleOutOfRange", MethodKind.MIN_SCALE, MethodKind.MAX_SCALE);
        }
        RiskLevel[] order = RiskLevel.values();
        if (levels == null || levels.size() != order.length) {
            throw IsmsException.invalid("method.levelsIncomplete");
        }
        int min = kind.minScore(scale);
        int max = kind.maxScore(scale);
        for (int i = 0; i < order.length; i++) {
            LevelRule rule = levels.get(i);
            if (rule == null || rule.getLevel() != order[i]) {
                throw IsmsException.invalid("method.levelsIncomplete");
            }
            if (rule.getAction() == null) {
                throw IsmsException.invalid("validation.required", "method.action");
            }
            if (rule.getAcceptor() == null) {
                throw IsmsException.invalid("validation.required", "method.acceptor");
            }
            if (rule.getFromScore() < min || rule.getFromScore() > max) {
                throw IsmsException.invalid("method.thresholdOutOfRange", "level." + order[i].name(), min, max);
            }
            if (i > 0 && rule.getFromScore() <= levels.get(i - 1).getFromScore()) {
                throw IsmsException.invalid("method.thresholdsNotAscending");
            }
        }
        if (levels.get(0).getFromScore() != min) {
            throw IsmsException.invalid("method.notCovered", min);
        }
    }

    /** The highest score of the level: one below the next level's threshold, or the range's top. */
    public int toScore(RiskLevel level) {
        int index = level.ordinal();
        return index + 1 < levels.size() ? levels.get(index + 1).getFromScore() - 1 : maxScore();
    }

    public LevelRule rule(RiskLevel level) {
        return levels.get(level.ordinal());
    }

    /** The score of the factors, each checked against the scale; the message names the field. */
    public int score(String[] fields, int... factors) {
        for (int i = 0; i < factors.length; i++) {
            if (factors[i] < 1 || factors[i] > scale) {
                throw IsmsException.invalid("risk.valueOutOfRange", fields[i], 1, scale);
            }
        }
        return kind.score(scale, factors);
    }

    public void deployedAs(String decisionDefinitionId) {
        this.decisionDefinitionId = decisionDefinitionId;
    }

    public int minScore() {
        return kind.minScore(scale);
    }

    public int maxScore() {
        return kind.maxScore(scale);
    }

    public Company getCompany() {
        return company;
    }

    public int getVersion() {
        return version;
    }

    public MethodKind getKind() {
        return kind;
    }

    public int getScale() {
        return scale;
    }

    public List<LevelRule> getLevels() {
        return List.copyOf(levels);
    }

    public String getDecisionDefinitionId() {
        return decisionDefinitionId;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getNote() {
        return note;
    }
}
