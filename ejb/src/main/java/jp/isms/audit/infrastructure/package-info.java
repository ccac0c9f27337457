/** JPA storage of internal audits and the delegates of {@code internal-audit}. */
package jp.isms.audit.infrastructure;
