package jp.isms.processes;

import static jp.isms.processes.RiskLevelDecision.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Static checks of {@value RiskLevelDecision#RESOURCE} that need no engine: the Java
 * constants match the table, the hit policy is UNIQUE, every expression is FEEL (the engine's
 * default), and the file carries DMNDI so that it opens in Camunda Modeler.
 */
class RiskLevelDecisionModelTest {

    private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
    private static final String DC = "http://www.omg.org/spec/DMN/20180521/DC/";

    private static DmnModelInstance model;
    private static DecisionTable table;

    @BeforeAll
    static void readModel() throws Exception {
        try (InputStream in = RiskLevelDecisionModelTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            model = Dmn.readModelFromStream(in);
        }
        Dmn.validateModel(model);
        Decision decision = model.getModelElementById(DECISION_KEY);
        assertThat(decision).as("decision " + DECISION_KEY).isNotNull();
        table = (DecisionTable) decision.getExpression();
    }

    @Test
    @DisplayName("Decision key, name, history time to live, DMN 1.3, the only decision of the file")
    void decision_hasKeyNameAndHistoryTimeToLive() {
        Decision decision = model.getModelElementById(DECISION_KEY);
        assertThat(decision.getName()).isEqualTo("リスクレベル判定");
        assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        assertThat(model.getModelElementsByType(Decision.class)).hasSize(1);
        assertThat(model.getDefinitions().getDomElement().getNamespaceURI())
                .isEqualTo("https://www.omg.org/spec/DMN/20191111/MODEL/");
    }

    @Test
    @DisplayName("Hit policy UNIQUE: an overlap fails the evaluation instead of picking a rule")
    void decisionTable_hasHitPolicyUnique() {
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(table.getAggregation()).isNull();
    }

    @Test
    @DisplayName("Inputs and outputs use the names and types of the constants")
    void inputsAndOutputs_matchConstants() {
        List<Input> inputs = List.copyOf(table.getInputs());
        assertThat(inputs).extracting(i -> i.getInputExpression().getText().getTextContent().trim())
                .containsExactly(INPUT_METHOD, INPUT_SCORE);
        assertThat(inputs).extracting(i -> i.getInputExpression().getTypeRef()).containsExactly("string", "integer");
        assertThat(inputs.get(0).getInputValues().getText().getTextContent().trim()).isEqualTo(
                quoted(METHOD_MULTIPLICATIVE, METHOD_ADDITIVE, METHOD_ASSET_THREAT_VULNERABILITY));

        List<Output> outputs = List.copyOf(table.getOutputs());
        assertThat(outputs).extracting(Output::getName).containsExactly(OUTPUT_LEVEL, OUTPUT_ACTION, OUTPUT_ACCEPTED_BY);
        assertThat(outputs).extracting(Output::getTypeRef).containsOnly("string");
        assertThat(outputs).extracting(o -> o.getOutputValues().getText().getTextContent().trim()).containsExactly(
                quoted(LEVEL_LOW, LEVEL_MEDIUM, LEVEL_HIGH),
                quoted(ACTION_ACCEPT, ACTION_TREAT),
                quoted(GROUP_DEPT_HEAD, GROUP_CISO, GROUP_TOP_MANAGEMENT));
    }

    @Test
    @DisplayName("Rules only use the values of the constants, and each is documented")
    void rules_useConstantValuesAndAreDocumented() {
        Collection<Rule> rules = table.getRules();
        assertThat(rules).hasSize(10);
        for (Rule rule : rules) {
            List<InputEntry> in = List.copyOf(rule.getInputEntries());
            List<OutputEntry> out = List.copyOf(rule.getOutputEntries());
            assertThat(in).as(rule.getId()).hasSize(2);
            assertThat(out).as(rule.getId()).hasSize(3);
            assertThat(text(in.get(0))).as(rule.getId()).isIn(
                    quoted(METHOD_MULTIPLICATIVE), quoted(METHOD_ADDITIVE), quoted(METHOD_ASSET_THREAT_VULNERABILITY));
            assertThat(text(in.get(1))).as(rule.getId()).matches("\\[\\d+\\.\\.\\d+]|\\d+");
            assertThat(text(out.get(0))).as(rule.getId()).isIn(quoted(LEVEL_LOW), quoted(LEVEL_MEDIUM), quoted(LEVEL_HIGH));
            assertThat(text(out.get(1))).as(rule.getId()).isIn(quoted(ACTION_ACCEPT), quoted(ACTION_TREAT));
            assertThat(text(out.get(2))).as(rule.getId())
                    .isIn(quoted(GROUP_DEPT_HEAD), quoted(GROUP_CISO), quoted(GROUP_TOP_MANAGEMENT));
            assertThat(rule.getDescription()).as("description of " + rule.getId()).isNotNull();
            assertThat(rule.getDescription().getTextContent()).as("description of " + rule.getId()).isNotBlank();
        }
    }

    @Test
    @DisplayName("Every expression is FEEL (no expressionLanguage overrides, e.g. JUEL)")
    void expressions_areFeel() {
        // the DMN 1.3 default of the definitions: FEEL; no element may switch to another language
        assertThat(model.getDefinitions().getExpressionLanguage()).isEqualTo("https://www.omg.org/spec/DMN/20191111/FEEL/");
        assertThat(table.getInputs()).allSatisfy(i ->
                assertThat(i.getInputExpression().getExpressionLanguage()).as(i.getId()).isNull());
        for (Rule rule : table.getRules()) {
            assertThat(rule.getInputEntries()).allSatisfy(e -> assertThat(e.getExpressionLanguage()).as(e.getId()).isNull());
            assertThat(rule.getOutputEntries()).allSatisfy(e -> assertThat(e.getExpressionLanguage()).as(e.getId()).isNull());
        }
    }

    @Test
    @DisplayName("Diagram (DMNDI): a shape with bounds for the decision, so that it opens in Camunda Modeler")
    void diagram_hasShapeForTheDecision() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
            document = factory.newDocumentBuilder().parse(in);
        }
        assertThat(document.getElementsByTagNameNS(DMNDI, "DMNDiagram").getLength()).isEqualTo(1);
        NodeList shapes = document.getElementsByTagNameNS(DMNDI, "DMNShape");
        assertThat(shapes.getLength()).isEqualTo(1);
        Element shape = (Element) shapes.item(0);
        assertThat(shape.getAttribute("dmnElementRef")).isEqualTo(DECISION_KEY);
        NodeList bounds = shape.getElementsByTagNameNS(DC, "Bounds");
        assertThat(bounds.getLength()).isEqualTo(1);
        Element b = (Element) bounds.item(0);
        assertThat(Double.parseDouble(b.getAttribute("width"))).isPositive();
        assertThat(Double.parseDouble(b.getAttribute("height"))).isPositive();
    }

    // ------------------------------------------------------------------ helpers

    private static String text(InputEntry entry) {
        return entry.getText().getTextContent().trim();
    }

    private static String text(OutputEntry entry) {
        return entry.getText().getTextContent().trim();
    }

    private static String quoted(String... values) {
        return String.join(",", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList());
    }
}
