package jp.isms.riskmethod.application;

import static jp.isms.processes.RiskLevelDecision.*;

import java.util.Map;
import jp.isms.riskmethod.domain.MethodKind;
import jp.isms.riskmethod.domain.RiskMethodVersion;
import jp.isms.risk.domain.RiskChange;
import jp.isms.risk.domain.RiskLevel;
import jp.isms.risk.domain.RiskMethod;
import jp.isms.shared.domain.IsmsException;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One published method version as a risk needs it: the factors its kind multiplies or adds, each checked against
 * the version's scale, and the rating of a score by the engine evaluating the version's own DMN decision (by
 * definition id, so a later version never changes how this one rates).
 */
final class VersionedMethod implements RiskMethod {

    private static final String[] LIKELIHOOD_IMPACT = {"risk.likelihood", "risk.impact"};
    private static final String[] RESIDUAL_LIKELIHOOD_IMPACT = {"risk.residualLikelihood", "risk.residualImpact"};
    private static final String[] ATV = {"risk.assetValue", "risk.threatLevel", "risk.vulnerabilityLevel"};
    private static final String[] RESIDUAL_ATV = {"risk.assetValue", "risk.residualThreatLevel",
            "risk.residualVulnerabilityLevel"};

    private final RiskMethodVersion version;
    private final DecisionService decisions;

    VersionedMethod(RiskMethodVersion version, DecisionService decisions) {
        this.version = version;
        this.decisions = decisions;
    }

    @Override
    public Long versionId() {
        return version.getId();
    }

    @Override
    public int inherentScore(RiskChange c) {
        if (version.getKind() == MethodKind.ASSET_THREAT_VULNERABILITY) {
            return version.score(ATV, required(c.assetValue(), ATV[0]), required(c.threatLevel(), ATV[1]),
                    required(c.vulnerabilityLevel(), ATV[2]));
        }
        return version.score(LIKELIHOOD_IMPACT, c.likelihood(), c.impact());
    }

    @Override
    public int residualScore(RiskChange c) {
        if (version.getKind() == MethodKind.ASSET_THREAT_VULNERABILITY) {
            return version.score(RESIDUAL_ATV, required(c.assetValue(), RESIDUAL_ATV[0]),
                    required(c.residualThreatLevel(), RESIDUAL_ATV[1]),
                    required(c.residualVulnerabilityLevel(), RESIDUAL_ATV[2]));
        }
        return version.score(RESIDUAL_LIKELIHOOD_IMPACT, c.residualLikelihood(), c.residualImpact());
    }

    @Override
    public Rating rate(int score) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionById(version.getDecisionDefinitionId())
                .variables(Variables.createVariables().putValue(INPUT_METHOD, version.getKind().decisionValue())
                        .putValue(INPUT_SCORE, score))
                .evaluate().getSingleResult();
        if (result == null) {
            // No rule covers the score: refuse it rather than invent a level.
            throw IsmsException.invalid("method.scoreNotCovered", score, version.getVersion());
        }
        Map<String, Object> entries = result.getEntryMap();
        return new Rating(RiskLevel.valueOf((String) entries.get(OUTPUT_LEVEL)), (String) entries.get(OUTPUT_ACTION),
                (String) entries.get(OUTPUT_ACCEPTED_BY));
    }

    private static int required(Integer value, String field) {
        if (value == null) {
            throw IsmsException.invalid("validation.required", field);
        }
        return value;
    }
}
