/** JPA persistence of the certification context and the delegates of its processes. */
package jp.isms.certification.infrastructure;
