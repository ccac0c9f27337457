/** Signing in and out, the forced password change, and the language switch. */
package jp.isms.web.account;
