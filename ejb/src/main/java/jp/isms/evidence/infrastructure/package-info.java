/** JPA for the download log. */
package jp.isms.evidence.infrastructure;
