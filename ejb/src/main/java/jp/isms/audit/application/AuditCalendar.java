package jp.isms.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.isms.audit.domain.AuditRepository;
import jp.isms.audit.domain.AuditStatus;
import jp.isms.report.application.ReportHeaders;
import jp.isms.shared.application.Deadline;
import jp.isms.shared.application.DeadlineSource;
import jp.isms.shared.application.Messages;

/**
 * Internal audits on the CISO's calendar: each audit on its first day (and done once the report is submitted),
 * overdue when its last day has passed without a report.
 */
@ApplicationScoped
@Transactional
public class AuditCalendar implements DeadlineSource {

    public static final String KIND = "INTERNAL_AUDIT";

    @Inject
    AuditRepository audits;

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to, Locale locale) {
        LocalDate today = LocalDate.now(ReportHeaders.ZONE);
        return audits.all().stream().filter(a -> !a.getStartDate().isBefore(from) && !a.getStartDate().isAfter(to))
                .map(a -> {
                    boolean done = a.getStatus() == AuditStatus.REPORTED || a.getStatus() == AuditStatus.REVIEWED;
                    return new Deadline(a.getStartDate(), KIND, "internal-audit-" + a.getId(),
                            Messages.get(locale, "audit.calendar.title", a.getAuditNo(), a.getTitle()),
                            "/app/audit/audit.xhtml?id=" + a.getId(),
                            a.departments().size() == 1 ? a.departments().get(0) : null, done,
                            !done && a.getEndDate().isBefore(today));
                }).toList();
    }
}
