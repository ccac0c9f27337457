/** Persistence of certification projects (JPA) and the delegates of {@code isms-kickoff}. */
package jp.isms.project.infrastructure;
