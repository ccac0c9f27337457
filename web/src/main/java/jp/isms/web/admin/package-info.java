/** The administrator's screens: user accounts. */
package jp.isms.web.admin;
