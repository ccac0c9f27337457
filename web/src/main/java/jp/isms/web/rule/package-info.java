/** The rule book screen: company rules and their coverage of the requirement clauses. */
package jp.isms.web.rule;
