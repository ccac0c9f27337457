/** The CISO's dashboard (timeline, next audit, readiness, overdue tasks) and the calendar feed's token page. */
package jp.isms.web.dashboard;
