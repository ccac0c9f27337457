/** JPA storage of corrective actions and the delegates of {@code corrective-action}. */
package jp.isms.corrective.infrastructure;
