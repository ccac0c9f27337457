/** The embedded engine's bootstrap, its job executor, and JPA for the approval log. */
package jp.isms.workflow.infrastructure;
