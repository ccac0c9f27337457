/** Use cases of the organisation context: signing in, one's own account, user administration. */
package jp.isms.organisation.application;
