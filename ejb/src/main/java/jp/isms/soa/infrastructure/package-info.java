/** JPA storage of the Statement of Applicability and the delegates of its approval process. */
package jp.isms.soa.infrastructure;
