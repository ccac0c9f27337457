package jp.isms.certification.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import jp.isms.shared.domain.IsmsException;

/**
 * One audit on the cycle's calendar.
 *
 * @param kind surveillance 1, 2 or renewal
 * @param cycleNumber the cycle it belongs to, 1 for the initial certificate's
 * @param plannedDate the day it is planned for
 * @param earliest the first day it may take place
 * @param dueDate the last day it may take place; never before the planned date
 * @param preparationStart the day preparation starts (the timer of the process)
 */
public record PlannedAudit(AuditKind kind, int cycleNumber, LocalDate plannedDate, LocalDate earliest,
        LocalDate dueDate, LocalDate preparationStart) {

    public PlannedAudit {
        if (kind == null) {
            throw IsmsException.invalid("validation.required", "certification.auditKind");
        }
        Dates.require(plannedDate, "certification.plannedDate");
        Dates.require(earliest, "certification.earliest");
        Dates.require(dueDate, "certification.dueDate");
        Dates.require(preparationStart, "certification.preparationStart");
        if (cycleNumber < 1 || earliest.isAfter(plannedDate) || plannedDate.isAfter(dueDate)
                || preparationStart.isAfter(plannedDate)) {
            throw IsmsException.invalid("certification.audit.inconsistent", kind.name(), plannedDate);
        }
    }

    /** The month the audit is planned in: the granularity of the memo ("surveillance February 2026"). */
    public YearMonth plannedMonth() {
        return YearMonth.from(plannedDate);
    }

    /** Whether holding the audit on {@code date} keeps to the window. */
    public boolean isWithinWindow(LocalDate date) {
        Dates.require(date, "certification.auditDate");
        return !date.isBefore(earliest) && !date.isAfter(dueDate);
    }
}
