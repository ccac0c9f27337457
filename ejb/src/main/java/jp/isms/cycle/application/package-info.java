/**
 * The certification cycle's use cases: starting a cycle from a certificate and following its audits
 * ({@link jp.isms.cycle.application.CertificationCycles}), its dated items for every calendar
 * ({@link jp.isms.cycle.application.CycleDeadlines}), the CISO's dashboard
 * ({@link jp.isms.cycle.application.CisoDashboard}) and the per-user iCalendar feed
 * ({@link jp.isms.cycle.application.CalendarFeed}).
 */
package jp.isms.cycle.application;
