/** JPA implementations of the organisation repositories. */
package jp.isms.organisation.infrastructure;
