package jp.isms.riskmethod.infrastructure;

import static jp.isms.processes.RiskLevelDecision.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import jp.isms.risk.domain.RiskLevel;
import jp.isms.riskmethod.domain.Acceptor;
import jp.isms.riskmethod.domain.LevelRule;
import jp.isms.riskmethod.domain.MethodKind;
import jp.isms.riskmethod.domain.RequiredAction;
import jp.isms.riskmethod.domain.RiskMethodVersion;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The DMN generated for a method version, evaluated by Camunda's DMN engine (the one the process engine embeds,
 * with FEEL): every score of the range has exactly one outcome, every threshold boundary falls where the version
 * says, scores outside the range have none, and the defaults agree with the reviewed {@code risk-level.dmn}.
 */
class RiskMethodDecisionModelTest {

    private static DmnEngine engine;

    @BeforeAll
    static void engine() {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    }

    @Test
    void theModelHasTheContractOfRiskLevelDmnAndTheVersionAsVersionTag() {
        DmnModelInstance model = RiskMethodDecisionModel.of(version(MethodKind.MULTIPLICATIVE, 5, 1, 7, 15, 4));
        Decision decision = model.getModelElementById(DECISION_KEY);
        assertThat(decision.getVersionTag()).isEqualTo("4");
        DecisionTable table = (DecisionTable) decision.getExpression();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getText().getTextContent())
                .containsExactly(INPUT_METHOD, INPUT_SCORE);
        assertThat(table.getOutputs()).extracting(o -> o.getName()).containsExactly(OUTPUT_LEVEL, OUTPUT_ACTION, OUTPUT_ACCEPTED_BY);
        assertThat(table.getRules()).hasSize(3);
        Dmn.validateModel(Dmn.readModelFromStream(new java.io.ByteArrayInputStream(
                Dmn.convertToString(model).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    @ParameterizedTest
    @EnumSource(MethodKind.class)
    void everyThresholdBoundaryOfTheDefaultsAndNothingOutsideTheRange(MethodKind kind) {
        RiskMethodVersion version = version(kind, kind.defaultScale(), kind.defaultLevels());
        DmnDecision decision = engine.parseDecision(DECISION_KEY, RiskMethodDecisionModel.of(version));

        for (LevelRule rule : version.getLevels()) {
            assertOutcome(decision, kind, rule.getFromScore(), rule);
            assertOutcome(decision, kind, version.toScore(rule.getLevel()), rule);
            if (rule.getLevel() != RiskLevel.LOW) {
                LevelRule below = version.rule(RiskLevel.values()[rule.getLevel().ordinal() - 1]);
                assertOutcome(decision, kind, rule.getFromScore() - 1, below);
            }
        }
        assertThat(evaluate(decision, kind, version.minScore() - 1)).isEmpty();
        assertThat(evaluate(decision, kind, version.maxScore() + 1)).isEmpty();
        assertThat(engine.evaluateDecisionTable(decision, Map.of(INPUT_METHOD, "other", INPUT_SCORE, version.minScore())))
                .as("a table answers only for its own kind").isEmpty();
    }

    @Test
    void anEditedTableMovesTheBoundariesExactly() {
        // the CISO lowers HIGH to 12 and lets MEDIUM be accepted by the CISO without treatment
        RiskMethodVersion edited = version(MethodKind.MULTIPLICATIVE, 5, List.of(
                new LevelRule(RiskLevel.LOW, 1, RequiredAction.ACCEPT, Acceptor.RISK_OWNER),
                new LevelRule(RiskLevel.MEDIUM, 5, RequiredAction.ACCEPT, Acceptor.CISO),
                new LevelRule(RiskLevel.HIGH, 12, RequiredAction.TREAT, Acceptor.TOP_MANAGEMENT)));
        DmnDecision decision = engine.parseDecision(DECISION_KEY, RiskMethodDecisionModel.of(edited));

        assertThat(single(decision, MethodKind.MULTIPLICATIVE, 4)).containsEntry(OUTPUT_LEVEL, "LOW")
                .containsEntry(OUTPUT_ACCEPTED_BY, "dept-head").containsEntry(OUTPUT_ACTION, "accept");
        assertThat(single(decision, MethodKind.MULTIPLICATIVE, 5)).containsEntry(OUTPUT_LEVEL, "MEDIUM")
                .containsEntry(OUTPUT_ACTION, "accept").containsEntry(OUTPUT_ACCEPTED_BY, "ciso");
        assertThat(single(decision, MethodKind.MULTIPLICATIVE, 11)).containsEntry(OUTPUT_LEVEL, "MEDIUM");
        assertThat(single(decision, MethodKind.MULTIPLICATIVE, 12)).containsEntry(OUTPUT_LEVEL, "HIGH")
                .containsEntry(OUTPUT_ACTION, "treat").containsEntry(OUTPUT_ACCEPTED_BY, "top-management");
        assertThat(single(decision, MethodKind.MULTIPLICATIVE, 25)).containsEntry(OUTPUT_LEVEL, "HIGH");
    }

    @Test
    void aLargerScaleWidensTheRange() {
        RiskMethodVersion fourLevels = version(MethodKind.ASSET_THREAT_VULNERABILITY, 4, List.of(
                new LevelRule(RiskLevel.LOW, 1, RequiredAction.ACCEPT, Acceptor.RISK_OWNER),
                new LevelRule(RiskLevel.MEDIUM, 16, RequiredAction.TREAT, Acceptor.CISO),
                new LevelRule(RiskLevel.HIGH, 32, RequiredAction.TREAT, Acceptor.TOP_MANAGEMENT)));
        DmnDecision decision = engine.parseDecision(DECISION_KEY, RiskMethodDecisionModel.of(fourLevels));
        assertThat(single(decision, MethodKind.ASSET_THREAT_VULNERABILITY, 64)).containsEntry(OUTPUT_LEVEL, "HIGH");
        assertThat(evaluate(decision, MethodKind.ASSET_THREAT_VULNERABILITY, 65)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = MethodKind.class, names = {"MULTIPLICATIVE", "ASSET_THREAT_VULNERABILITY"})
    void theDefaultsRateEveryScoreLikeTheReviewedRiskLevelDmn(MethodKind kind) throws Exception {
        RiskMethodVersion version = version(kind, kind.defaultScale(), kind.defaultLevels());
        DmnDecision generated = engine.parseDecision(DECISION_KEY, RiskMethodDecisionModel.of(version));
        DmnDecision reviewed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            reviewed = engine.parseDecision(DECISION_KEY, in);
        }
        for (int score = version.minScore(); score <= version.maxScore(); score++) {
            assertThat(single(generated, kind, score)).as("score %d", score).isEqualTo(single(reviewed, kind, score));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void assertOutcome(DmnDecision decision, MethodKind kind, int score, LevelRule expected) {
        assertThat(single(decision, kind, score)).as("%s score %d", kind, score)
                .containsEntry(OUTPUT_LEVEL, expected.getLevel().name())
                .containsEntry(OUTPUT_ACTION, expected.getAction().decisionValue())
                .containsEntry(OUTPUT_ACCEPTED_BY, expected.getAcceptor().groupId());
    }

    private static Map<String, Object> single(DmnDecision decision, MethodKind kind, int score) {
        DmnDecisionTableResult result = evaluate(decision, kind, score);
        assertThat(result).as("%s score %d: exactly one rule", kind, score).hasSize(1);
        return result.getSingleResult().getEntryMap();
    }

    private static DmnDecisionTableResult evaluate(DmnDecision decision, MethodKind kind, int score) {
        return engine.evaluateDecisionTable(decision, Map.of(INPUT_METHOD, kind.decisionValue(), INPUT_SCORE, score));
    }

    private static RiskMethodVersion version(MethodKind kind, int scale, int low, int medium, int high, int number) {
        return new RiskMethodVersion(null, number, kind, scale, List.of(
                new LevelRule(RiskLevel.LOW, low, RequiredAction.ACCEPT, Acceptor.RISK_OWNER),
                new LevelRule(RiskLevel.MEDIUM, medium, RequiredAction.TREAT, Acceptor.CISO),
                new LevelRule(RiskLevel.HIGH, high, RequiredAction.TREAT, Acceptor.TOP_MANAGEMENT)), "ciso", null);
    }

    private static RiskMethodVersion version(MethodKind kind, int scale, List<LevelRule> levels) {
        return new RiskMethodVersion(null, 1, kind, scale, levels, "ciso", null);
    }
}
