/** The delegation and the rules of naming and revoking a deputy. */
package jp.isms.deputy.domain;
