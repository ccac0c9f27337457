/** Adapters of the scope context: JPA for scope versions. */
package jp.isms.scope.infrastructure;
