package jp.isms.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.isms.cycle.domain.AuditStatus;
import jp.isms.cycle.domain.Cycle;
import jp.isms.cycle.domain.CycleAudit;
import jp.isms.cycle.domain.CycleRepository;
import jp.isms.shared.application.Deadline;
import jp.isms.shared.application.DeadlineSource;
import jp.isms.shared.application.Messages;

/**
 * The cycle's dated items for the dashboard and every calendar feed: each audit on its planned day (kind
 * {@value #KIND_AUDIT}) and the day its preparation starts (kind {@value #KIND_PREPARATION}). Audits concern the
 * whole ISMS, so every user may see them.
 */
@ApplicationScoped
@Transactional
public class CycleDeadlines implements DeadlineSource {

    public static final String KIND_AUDIT = "AUDIT";
    public static final String KIND_PREPARATION = "AUDIT_PREPARATION";
    static final String LINK = "/app/dashboard/ciso.xhtml";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    CycleRepository cycles;

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to, Locale locale) {
        LocalDate today = LocalDate.now(TOKYO);
        List<Deadline> result = new ArrayList<>();
        for (Cycle cycle : cycles.overlapping(from.minusYears(1), to.plusYears(1))) {
            for (CycleAudit audit : cycle.getAudits()) {
                String name = Messages.get(locale, "cycle.audit.title", Messages.get(locale, audit.getKind().messageKey()),
                        cycle.getNumber());
                boolean done = audit.getStatus().isDone();
                if (within(audit.getPlannedDate(), from, to)) {
                    result.add(new Deadline(audit.getPlannedDate(), KIND_AUDIT, "cycle-audit-" + audit.getId(), name,
                            LINK, null, done, !done && audit.getPlannedDate().isBefore(today)));
                }
                if (within(audit.getPreparationStart(), from, to)) {
                    boolean started = audit.getStatus() != AuditStatus.PLANNED;
                    result.add(new Deadline(audit.getPreparationStart(), KIND_PREPARATION,
                            "cycle-preparation-" + audit.getId(), Messages.get(locale, "cycle.preparation.title", name),
                            LINK, null, started, !started && audit.getPreparationStart().isBefore(today)));
                }
            }
        }
        result.sort(Comparator.comparing(Deadline::date));
        return result;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
}
