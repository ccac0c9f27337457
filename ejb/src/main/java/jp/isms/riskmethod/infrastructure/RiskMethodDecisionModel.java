package jp.isms.riskmethod.infrastructure;

import static jp.isms.processes.RiskLevelDecision.*;

import jp.isms.riskmethod.domain.LevelRule;
import jp.isms.riskmethod.domain.RiskMethodVersion;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Description;
import org.camunda.bpm.model.dmn.instance.DmnElement;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;

/**
 * The DMN decision {@value jp.isms.processes.RiskLevelDecision#DECISION_KEY} of one method version, in the
 * shape of {@code decisions/risk-level.dmn} (inputs {@code method} and {@code score}, outputs {@code level},
 * {@code action}, {@code acceptedBy}, hit policy UNIQUE, FEEL), with one rule per level of this version only.
 * The version number is the decision's version tag, so the engine's history says which version rated a score.
 */
public final class RiskMethodDecisionModel {

    private RiskMethodDecisionModel() {
    }

    public static DmnModelInstance of(RiskMethodVersion version) {
        DmnModelInstance model = Dmn.createEmptyModel();
        Definitions definitions = element(model, Definitions.class, "Definitions_RiskLevel_v" + version.getVersion());
        definitions.setName("リスクレベル判定 v" + version.getVersion());
        definitions.setNamespace("http://isms.jp/dmn/risk-level");
        model.setDefinitions(definitions);

        Decision decision = element(model, Decision.class, DECISION_KEY);
        decision.setName("リスクレベル判定");
        decision.setVersionTag(String.valueOf(version.getVersion()));
        decision.setCamundaHistoryTimeToLiveString("P3650D");
        definitions.addChildElement(decision);

        DecisionTable table = element(model, DecisionTable.class, "DecisionTable_RiskLevel");
        table.setHitPolicy(HitPolicy.UNIQUE);
        decision.addChildElement(table);
        table.getInputs().add(input(model, "Method", INPUT_METHOD, "string"));
        table.getInputs().add(input(model, "Score", INPUT_SCORE, "integer"));
        table.getOutputs().add(output(model, "Level", OUTPUT_LEVEL));
        table.getOutputs().add(output(model, "Action", OUTPUT_ACTION));
        table.getOutputs().add(output(model, "AcceptedBy", OUTPUT_ACCEPTED_BY));

        for (LevelRule level : version.getLevels()) {
            String id = "Rule_" + level.getLevel().name();
            Rule rule = element(model, Rule.class, id);
            Description description = model.newInstance(Description.class);
            description.setTextContent(version.getKind().name() + " " + level.getFromScore() + "–"
                    + version.toScore(level.getLevel()));
            rule.setDescription(description);
            rule.getInputEntries().add(entry(model, InputEntry.class, id + "_Method", quoted(version.getKind().decisionValue())));
            rule.getInputEntries().add(entry(model, InputEntry.class, id + "_Score",
                    "[" + level.getFromScore() + ".." + version.toScore(level.getLevel()) + "]"));
            rule.getOutputEntries().add(entry(model, OutputEntry.class, id + "_Level", quoted(level.getLevel().name())));
            rule.getOutputEntries().add(entry(model, OutputEntry.class, id + "_Action", quoted(level.getAction().decisionValue())));
            rule.getOutputEntries().add(entry(model, OutputEntry.class, id + "_AcceptedBy", quoted(level.getAcceptor().groupId())));
            table.getRules().add(rule);
        }
        Dmn.validateModel(model);
        return model;
    }

    private static Input input(DmnModelInstance model, String name, String variable, String type) {
        Input input = element(model, Input.class, "Input_" + name);
        input.setLabel(variable);
        InputExpression expression = element(model, InputExpression.class, "InputExpression_" + name);
        expression.setTypeRef(type);
        Text text = model.newInstance(Text.class);
        text.setTextContent(variable);
        expression.setText(text);
        input.setInputExpression(expression);
        return input;
    }

    private static Output output(DmnModelInstance model, String name, String variable) {
        Output output = element(model, Output.class, "Output_" + name);
        output.setName(variable);
        output.setLabel(variable);
        output.setTypeRef("string");
        return output;
    }

    private static <T extends DmnElement> T entry(DmnModelInstance model, Class<T> type, String id, String content) {
        T entry = element(model, type, id);
        Text text = model.newInstance(Text.class);
        text.setTextContent(content);
        if (entry instanceof UnaryTests tests) {
            tests.setText(text);
        } else {
            ((LiteralExpression) entry).setText(text);
        }
        return entry;
    }

    private static <T extends DmnElement> T element(DmnModelInstance model, Class<T> type, String id) {
        T element = model.newInstance(type);
        element.setId(id);
        return element;
    }

    private static String quoted(String value) {
        return "\"" + value + "\"";
    }
}
