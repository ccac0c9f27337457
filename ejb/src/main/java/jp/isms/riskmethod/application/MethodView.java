package jp.isms.riskmethod.application;

import java.time.Instant;
import java.util.List;
import jp.isms.riskmethod.domain.Acceptor;
import jp.isms.riskmethod.domain.MethodKind;
import jp.isms.riskmethod.domain.RequiredAction;
import jp.isms.riskmethod.domain.RiskMethodVersion;
import jp.isms.risk.domain.RiskLevel;

/** A published method version as screens and the API show it. */
public record MethodView(Long id, int version, MethodKind kind, int scale, int minScore, int maxScore,
        List<LevelView> levels, String publishedBy, Instant publishedAt, String note, String decisionDefinitionId,
        boolean current) implements java.io.Serializable {

    /** One level: the scores from..to, what it requires and who accepts it. */
    public record LevelView(RiskLevel level, int fromScore, int toScore, RequiredAction action, Acceptor acceptor)
            implements java.io.Serializable {
    }

    static MethodView of(RiskMethodVersion v, boolean current) {
        return new MethodView(v.getId(), v.getVersion(), v.getKind(), v.getScale(), v.minScore(), v.maxScore(),
                v.getLevels().stream().map(l -> new LevelView(l.getLevel(), l.getFromScore(), v.toScore(l.getLevel()),
                        l.getAction(), l.getAcceptor())).toList(),
                v.getPublishedBy(), v.getPublishedAt(), v.getNote(), v.getDecisionDefinitionId(), current);
    }
}
