/** The mail preference on the account page and the administrator's record of sent mail. */
package jp.isms.web.notification;
