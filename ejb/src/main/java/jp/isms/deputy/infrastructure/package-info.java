/** JPA implementation of the delegations. */
package jp.isms.deputy.infrastructure;
