/**
 * Adapters of the risk context: JPA for assessments, and the named CDI beans that the
 * {@code risk-assessment-approval} process calls by expression.
 */
package jp.isms.risk.infrastructure;
