package jp.isms.rule.domain;

/** What a mapping answers: a requirement clause of the standard (4.1–10.2) or an Annex A control. */
public enum RequirementKind {
    CLAUSE,
    CONTROL;

    public String messageKey() {
        return "rule.requirementKind." + name();
    }
}
