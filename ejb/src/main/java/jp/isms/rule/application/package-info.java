/** Maintaining the rule book and reading its coverage of the standard. */
package jp.isms.rule.application;
