/**
 * The certification cycle as the company lives it: each {@link jp.isms.cycle.domain.Cycle} is started by a
 * certificate and holds its {@link jp.isms.cycle.domain.CycleAudit}s, planned by the calendar rules of
 * {@code jp.isms.certification.domain}; {@link jp.isms.cycle.domain.CalendarToken} opens a user's iCalendar feed
 * and {@link jp.isms.cycle.domain.ICalendar} writes it.
 */
package jp.isms.cycle.domain;
