package jp.isms.riskmethod.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import jp.isms.risk.domain.RiskLevel;

/** One level of a method version: scores from {@code fromScore} up to the next level's threshold. */
@Embeddable
public class LevelRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false)
    private RiskLevel level;

    @Column(name = "from_score", nullable = false)
    private int fromScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "required_action", nullable = false)
    private RequiredAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptor", nullable = false)
    private Acceptor acceptor;

    protected LevelRule() {
    }

    public LevelRule(RiskLevel level, int fromScore, RequiredAction action, Acceptor acceptor) {
        this.level = level;
        this.fromScore = fromScore;
        this.action = action;
        this.acceptor = acceptor;
    }

    public RiskLevel getLevel() {
        return level;
    }

    public int getFromScore() {
        return fromScore;
    }

    public RequiredAction getAction() {
        return action;
    }

    public Acceptor getAcceptor() {
        return acceptor;
    }
}
