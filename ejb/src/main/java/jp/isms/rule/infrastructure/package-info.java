/** JPA queries of the rule book: paging, sorting and filtering in the database. */
package jp.isms.rule.infrastructure;
