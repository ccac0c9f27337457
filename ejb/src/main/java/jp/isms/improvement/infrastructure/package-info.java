/** JPA storage of improvement items. */
package jp.isms.improvement.infrastructure;
