package jp.isms.processes;

import static jp.isms.processes.RiskLevelDecision.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evaluates {@value RiskLevelDecision#RESOURCE} with the engine's {@link DecisionService} on an
 * in-memory engine ({@code camunda.cfg.xml}): every boundary of every method, the action and the
 * accepting group per level, and that out-of-range scores and unknown methods match no rule.
 * The expected values are written out as literals on purpose, so that a changed threshold or a
 * renamed value in the table (or in the constants) makes a test fail.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = RiskLevelDecision.RESOURCE)
class RiskLevelDecisionTest {

    /** Injected by {@link ProcessEngineExtension}. */
    ProcessEngine processEngine;

    private DecisionService decisionService;

    @BeforeEach
    void setUp() {
        decisionService = processEngine.getDecisionService();
    }

    // ------------------------------------------------------------------ boundaries

    @ParameterizedTest(name = "1. {0} score {1} → {2}, {3}, accepted by {4}")
    @CsvSource({
            // likelihood × impact (5 × 5), thresholds of RiskMatrix: medium from 7, high from 15
            "multiplicative,             1,  LOW,    accept, dept-head",
            "multiplicative,             6,  LOW,    accept, dept-head",
            "multiplicative,             7,  MEDIUM, treat,  ciso",            // no product of 1..5, still defined
            "multiplicative,             8,  MEDIUM, treat,  ciso",
            "multiplicative,             12, MEDIUM, treat,  ciso",
            "multiplicative,             13, MEDIUM, treat,  ciso",            // no product, below HIGH_FROM 15
            "multiplicative,             14, MEDIUM, treat,  ciso",
            "multiplicative,             15, HIGH,   treat,  top-management",
            "multiplicative,             25, HIGH,   treat,  top-management",
            // likelihood + impact: a sum of 6 or more must be treated
            "additive,                   2,  LOW,    accept, dept-head",
            "additive,                   4,  LOW,    accept, dept-head",
            "additive,                   5,  MEDIUM, accept, ciso",
            "additive,                   6,  MEDIUM, treat,  ciso",
            "additive,                   7,  HIGH,   treat,  top-management",
            "additive,                   10, HIGH,   treat,  top-management",
            // asset value × threat × vulnerability (3 × 3 × 3): products 1 2 3 4 6 | 8 9 12 | 18 27
            "asset-threat-vulnerability, 1,  LOW,    accept, dept-head",
            "asset-threat-vulnerability, 6,  LOW,    accept, dept-head",
            "asset-threat-vulnerability, 7,  MEDIUM, treat,  ciso",            // no product: the safe side
            "asset-threat-vulnerability, 8,  MEDIUM, treat,  ciso",
            "asset-threat-vulnerability, 12, MEDIUM, treat,  ciso",
            "asset-threat-vulnerability, 13, HIGH,   treat,  top-management",  // no product: the safe side
            "asset-threat-vulnerability, 17, HIGH,   treat,  top-management",
            "asset-threat-vulnerability, 18, HIGH,   treat,  top-management",
            "asset-threat-vulnerability, 27, HIGH,   treat,  top-management",
    })
    void boundary_yieldsLevelActionAndAcceptingGroup(String method, int score, String level, String action,
            String acceptedBy) {
        // when
        DmnDecisionTableResult result = evaluate(method, score);

        // then exactly one rule, with exactly these outputs
        assertThat(result.getResultList()).hasSize(1);
        assertThat(result.getSingleResult().getEntryMap()).containsOnly(
                entry(OUTPUT_LEVEL, level), entry(OUTPUT_ACTION, action), entry(OUTPUT_ACCEPTED_BY, acceptedBy));
    }

    @ParameterizedTest(name = "2. {0} score {1} is out of range: no rule matches")
    @CsvSource({
            "multiplicative,             0",
            "multiplicative,             26",
            "multiplicative,             -1",
            "multiplicative,             2147483647",
            "additive,                   1",
            "additive,                   11",
            "additive,                   0",
            "asset-threat-vulnerability, 0",
            "asset-threat-vulnerability, 28",
    })
    void outOfRangeScore_matchesNoRule(String method, int score) {
        // when
        DmnDecisionTableResult result = evaluate(method, score);

        // then: empty, never a default level; the application refuses the score
        assertThat(result.getResultList()).isEmpty();
        assertThat(result.getSingleResult()).isNull();
        assertThat((Object) result.getSingleEntry()).isNull();
    }

    @ParameterizedTest(name = "3. unknown method \"{0}\": no rule matches")
    @NullAndEmptySource
    @ValueSource(strings = {"matrix", "Multiplicative", "MULTIPLICATIVE", " additive", "asset×threat×vulnerability"})
    void unknownMethod_matchesNoRule(String method) {
        // score 10 is in range for all three methods
        assertThat(evaluate(method, 10).getResultList()).isEmpty();
    }

    @ParameterizedTest(name = "4. {0} without a score: no rule matches")
    @ValueSource(strings = {METHOD_MULTIPLICATIVE, METHOD_ADDITIVE, METHOD_ASSET_THREAT_VULNERABILITY})
    void missingScore_matchesNoRule(String method) {
        VariableMap variables = Variables.createVariables().putValue(INPUT_METHOD, method).putValue(INPUT_SCORE, null);

        assertThat(decisionService.evaluateDecisionTableByKey(DECISION_KEY, variables).getResultList()).isEmpty();
    }

    // ------------------------------------------------------------------ whole ranges

    @ParameterizedTest(name = "5. {0}: every score {1}..{2} matches exactly one rule, levels and actions never go down")
    @MethodSource("methods")
    void everyScoreOfTheRange_matchesExactlyOneRule_monotonically(String method, int min, int max,
            List<Integer> reachableScores) {
        List<String> levels = List.of(LEVEL_LOW, LEVEL_MEDIUM, LEVEL_HIGH);
        Map<String, String> groupOfLevel = Map.of(
                LEVEL_LOW, GROUP_DEPT_HEAD, LEVEL_MEDIUM, GROUP_CISO, LEVEL_HIGH, GROUP_TOP_MANAGEMENT);
        int previousLevel = 0;
        boolean treated = false;
        List<String> seenLevels = new ArrayList<>();

        for (int score = min; score <= max; score++) {
            // a second matching rule would throw (hit policy UNIQUE), none would leave the list empty
            DmnDecisionTableResult result = evaluate(method, score);
            assertThat(result.getResultList()).as(method + " " + score).hasSize(1);
            Map<String, Object> outputs = result.getSingleResult().getEntryMap();

            String level = (String) outputs.get(OUTPUT_LEVEL);
            assertThat(levels).as("level of " + method + " " + score).contains(level);
            assertThat(levels.indexOf(level)).as("level of " + method + " " + score).isGreaterThanOrEqualTo(previousLevel);
            previousLevel = levels.indexOf(level);
            if (!seenLevels.contains(level)) {
                seenLevels.add(level);
            }

            assertThat(outputs.get(OUTPUT_ACCEPTED_BY)).as("acceptedBy of " + method + " " + score)
                    .isEqualTo(groupOfLevel.get(level));

            Object action = outputs.get(OUTPUT_ACTION);
            assertThat(action).as("action of " + method + " " + score).isIn(ACTION_ACCEPT, ACTION_TREAT);
            if (treated) {
                assertThat(action).as("once treated, higher scores are treated too: " + method + " " + score)
                        .isEqualTo(ACTION_TREAT);
            }
            treated = ACTION_TREAT.equals(action);
            if (LEVEL_LOW.equals(level)) {
                assertThat(action).as("a low risk may be accepted: " + method + " " + score).isEqualTo(ACTION_ACCEPT);
            }
            if (LEVEL_HIGH.equals(level)) {
                assertThat(action).as("a high risk must be treated: " + method + " " + score).isEqualTo(ACTION_TREAT);
            }
        }
        assertThat(seenLevels).containsExactly(LEVEL_LOW, LEVEL_MEDIUM, LEVEL_HIGH);

        // every score the method can produce from its factors lies inside the range
        assertThat(reachableScores).allSatisfy(s -> assertThat(s).isBetween(min, max))
                .contains(min, max);
    }

    static Stream<Arguments> methods() {
        List<Integer> products = new ArrayList<>();
        List<Integer> sums = new ArrayList<>();
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            for (int impact = 1; impact <= 5; impact++) {
                products.add(likelihood * impact);
                sums.add(likelihood + impact);
            }
        }
        List<Integer> triples = new ArrayList<>();
        for (int asset = 1; asset <= 3; asset++) {
            for (int threat = 1; threat <= 3; threat++) {
                for (int vulnerability = 1; vulnerability <= 3; vulnerability++) {
                    triples.add(asset * threat * vulnerability);
                }
            }
        }
        return Stream.of(
                Arguments.of(METHOD_MULTIPLICATIVE, MULTIPLICATIVE_MIN_SCORE, MULTIPLICATIVE_MAX_SCORE, products),
                Arguments.of(METHOD_ADDITIVE, ADDITIVE_MIN_SCORE, ADDITIVE_MAX_SCORE, sums),
                Arguments.of(METHOD_ASSET_THREAT_VULNERABILITY, ASSET_THREAT_VULNERABILITY_MIN_SCORE,
                        ASSET_THREAT_VULNERABILITY_MAX_SCORE, triples));
    }

    @Test
    @DisplayName("6. The constants hold the values agreed with the application")
    void constants_holdAgreedValues() {
        assertThat(List.of(DECISION_KEY, RESOURCE, INPUT_METHOD, INPUT_SCORE)).containsExactly(
                "risk-level", "decisions/risk-level.dmn", "method", "score");
        assertThat(List.of(METHOD_MULTIPLICATIVE, METHOD_ADDITIVE, METHOD_ASSET_THREAT_VULNERABILITY)).containsExactly(
                "multiplicative", "additive", "asset-threat-vulnerability");
        assertThat(List.of(MULTIPLICATIVE_MIN_SCORE, MULTIPLICATIVE_MAX_SCORE, ADDITIVE_MIN_SCORE, ADDITIVE_MAX_SCORE,
                ASSET_THREAT_VULNERABILITY_MIN_SCORE, ASSET_THREAT_VULNERABILITY_MAX_SCORE))
                .containsExactly(1, 25, 2, 10, 1, 27);
        assertThat(List.of(OUTPUT_LEVEL, OUTPUT_ACTION, OUTPUT_ACCEPTED_BY)).containsExactly("level", "action", "acceptedBy");
        assertThat(List.of(LEVEL_LOW, LEVEL_MEDIUM, LEVEL_HIGH, ACTION_ACCEPT, ACTION_TREAT)).containsExactly(
                "LOW", "MEDIUM", "HIGH", "accept", "treat");
        assertThat(List.of(GROUP_DEPT_HEAD, GROUP_CISO, GROUP_TOP_MANAGEMENT)).containsExactly(
                "dept-head", "ciso", "top-management");
    }

    // ------------------------------------------------------------------ versions and history

    @Test
    @DisplayName("7. An assessment keeps the decision version it was scored with; a new version changes only new scores")
    void newVersionOfTheTable_doesNotChangeEvaluationsOfTheStoredVersion() {
        // given the version the assessment stored
        DecisionDefinition version1 = latestDefinition();
        assertThat(version1.getVersion()).isEqualTo(1);
        assertThat(evaluate(METHOD_MULTIPLICATIVE, 12).getSingleResult().getEntryMap())
                .containsEntry(OUTPUT_LEVEL, LEVEL_MEDIUM);

        // when the CISO lowers the multiplicative HIGH threshold from 15 to 12 (a new deployment)
        DmnModelInstance edited = Dmn.readModelFromStream(getClass().getClassLoader().getResourceAsStream(RESOURCE));
        inputEntryOfScore(edited, "Rule_Multiplicative_Medium").setTextContent("[7..11]");
        inputEntryOfScore(edited, "Rule_Multiplicative_High").setTextContent("[12..25]");
        String deploymentId = processEngine.getRepositoryService().createDeployment()
                .addModelInstance("risk-level.dmn", edited).deploy().getId();
        try {
            DecisionDefinition version2 = latestDefinition();
            assertThat(version2.getVersion()).isEqualTo(2);

            // then new evaluations by key use version 2 ...
            assertThat(evaluate(METHOD_MULTIPLICATIVE, 12).getSingleResult().getEntryMap())
                    .containsEntry(OUTPUT_LEVEL, LEVEL_HIGH).containsEntry(OUTPUT_ACCEPTED_BY, GROUP_TOP_MANAGEMENT);
            // ... while the stored version 1 still gives the original answer
            assertThat(decisionService.evaluateDecisionTableById(version1.getId(), variables(METHOD_MULTIPLICATIVE, 12))
                    .getSingleResult().getEntryMap())
                    .containsEntry(OUTPUT_LEVEL, LEVEL_MEDIUM).containsEntry(OUTPUT_ACCEPTED_BY, GROUP_CISO);
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
        }
    }

    @Test
    @DisplayName("8. Each evaluation is recorded in history with decision version and matched rule")
    void evaluation_isRecordedWithVersionAndMatchedRule() {
        // when
        evaluate(METHOD_ADDITIVE, 6);
        evaluate(METHOD_ADDITIVE, 11);

        // then
        List<HistoricDecisionInstance> history = processEngine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(DECISION_KEY).includeInputs().includeOutputs()
                .orderByEvaluationTime().asc().list();
        assertThat(history).hasSize(2);
        assertThat(history).allSatisfy(h -> assertThat(h.getDecisionDefinitionId()).isEqualTo(latestDefinition().getId()));

        HistoricDecisionInstance six = history.stream()
                .filter(h -> h.getInputs().stream().anyMatch(i -> Integer.valueOf(6).equals(i.getValue())))
                .findFirst().orElseThrow();
        assertThat(six.getOutputs()).extracting(o -> o.getRuleId()).containsOnly("Rule_Additive_MediumAtThreshold");
        assertThat(six.getOutputs()).extracting(o -> o.getVariableName() + "=" + o.getValue())
                .containsExactlyInAnyOrder("level=MEDIUM", "action=treat", "acceptedBy=ciso");

        HistoricDecisionInstance eleven = history.stream().filter(h -> h != six).findFirst().orElseThrow();
        assertThat(eleven.getOutputs()).as("out of range: nothing matched").isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private DmnDecisionTableResult evaluate(String method, int score) {
        return decisionService.evaluateDecisionTableByKey(DECISION_KEY, variables(method, score));
    }

    private static VariableMap variables(String method, Integer score) {
        return Variables.createVariables().putValue(INPUT_METHOD, method).putValue(INPUT_SCORE, score);
    }

    private DecisionDefinition latestDefinition() {
        return processEngine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION_KEY).latestVersion().singleResult();
    }

    /** The score input entry (second column) of a rule. */
    private static org.camunda.bpm.model.dmn.instance.Text inputEntryOfScore(DmnModelInstance model, String ruleId) {
        Rule rule = model.getModelElementById(ruleId);
        assertThat(rule).as("rule " + ruleId).isNotNull();
        return List.copyOf(rule.getInputEntries()).get(1).getText();
    }
}
