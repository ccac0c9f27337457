/**
 * Adapters of the governance context: JPA for policy versions, issues, parties and objectives, and
 * the named CDI beans that {@code governance-approval} calls by expression.
 */
package jp.isms.governance.infrastructure;
