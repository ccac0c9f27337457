/**
 * The organisation: the company, its departments, the people who use the system and the roles
 * they hold. Role ids are the engine's candidate groups.
 */
package jp.isms.organisation.domain;
