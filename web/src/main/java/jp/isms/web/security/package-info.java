/**
 * Sign-in with Jakarta Security: form login for the screens (a session), HTTP Basic for the API
 * (no session), one identity store over the application's own user table.
 */
package jp.isms.web.security;
