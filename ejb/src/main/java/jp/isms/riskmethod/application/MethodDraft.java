package jp.isms.riskmethod.application;

import java.util.List;
import jp.isms.riskmethod.domain.Acceptor;
import jp.isms.riskmethod.domain.LevelRule;
import jp.isms.riskmethod.domain.MethodKind;
import jp.isms.riskmethod.domain.RequiredAction;
import jp.isms.risk.domain.RiskLevel;

/** What the CISO fills in for a new version: kind, scale and, per level from low to high, threshold, action and acceptor. */
public record MethodDraft(MethodKind kind, int scale, List<Level> levels, String note) implements java.io.Serializable {

    /** One level of the draft. */
    public record Level(RiskLevel level, Integer fromScore, RequiredAction action, Acceptor acceptor)
            implements java.io.Serializable {
    }

    /** The kind's usual table, as a starting point for editing. */
    public static MethodDraft defaults(MethodKind kind) {
        return new MethodDraft(kind, kind.defaultScale(), kind.defaultLevels().stream()
                .map(l -> new Level(l.getLevel(), l.getFromScore(), l.getAction(), l.getAcceptor())).toList(), null);
    }

    List<LevelRule> rules() {
        return levels == null ? null : levels.stream().map(l -> l == null || l.fromScore() == null ? null
                : new LevelRule(l.level(), l.fromScore(), l.action(), l.acceptor())).toList();
    }
}
