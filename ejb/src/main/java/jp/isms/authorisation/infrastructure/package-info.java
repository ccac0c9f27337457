/** JPA storage of authorisation requests and the delegates of {@code management-authorisation}. */
package jp.isms.authorisation.infrastructure;
