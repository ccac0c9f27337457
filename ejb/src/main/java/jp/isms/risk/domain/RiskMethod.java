package jp.isms.risk.domain;

import jp.isms.processes.RiskLevelDecision;

/**
 * What a risk needs from its assessment's risk method: the scores of its factors and the rating of a score
 * (level, required action, who accepts a residual risk of it). The application supplies the method version the
 * assessment stores, rated by the engine's DMN; {@link #MATRIX} is today's fixed 5 × 5 matrix, for the domain's
 * own unit tests.
 */
public interface RiskMethod {

    /** The id of the method version, or null for {@link #MATRIX}. */
    Long versionId();

    int inherentScore(RiskChange change);

    int residualScore(RiskChange change);

    /** Never null: a score no rule covers is refused with a validation error. */
    Rating rate(int score);

    /** A score's rating: the level, {@code accept}/{@code treat}, and the candidate group that accepts it. */
    record Rating(RiskLevel level, String action, String acceptor) {
    }

    /** Likelihood × impact with {@link RiskMatrix}'s thresholds and the usual acceptors. */
    RiskMethod MATRIX = new RiskMethod() {
        @Override
        public Long versionId() {
            return null;
        }

        @Override
        public int inherentScore(RiskChange change) {
            return RiskMatrix.score(change.likelihood(), change.impact());
        }

        @Override
        public int residualScore(RiskChange change) {
            return RiskMatrix.score(change.residualLikelihood(), change.residualImpact());
        }

        @Override
        public Rating rate(int score) {
            RiskLevel level = RiskMatrix.level(score);
            return new Rating(level, level == RiskLevel.LOW ? RiskLevelDecision.ACTION_ACCEPT : RiskLevelDecision.ACTION_TREAT,
                    switch (level) {
                        case LOW -> RiskLevelDecision.GROUP_DEPT_HEAD;
                        case MEDIUM -> RiskLevelDecision.GROUP_CISO;
                        case HIGH -> RiskLevelDecision.GROUP_TOP_MANAGEMENT;
                    });
        }
    };
}
