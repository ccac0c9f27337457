/** JPA storage of management reviews and the delegates of {@code management-review}. */
package jp.isms.review.infrastructure;
