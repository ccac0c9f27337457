package jp.isms.rule.domain;

import java.time.LocalDate;

/** What a person edits of a rule: everything but its number, which never changes once given. */
public record RuleChange(String title, String ownerDepartment, String revision, LocalDate effectiveOn) {
}
