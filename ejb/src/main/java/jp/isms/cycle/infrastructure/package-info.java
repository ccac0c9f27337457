/** JPA repositories of the cycle and the delegates of {@code certification-cycle}. */
package jp.isms.cycle.infrastructure;
