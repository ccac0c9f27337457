package jp.isms.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.isms.audit.domain.AuditRepository;
import jp.isms.audit.domain.AuditResult;
import jp.isms.audit.domain.AuditStatus;
import jp.isms.audit.domain.ChecklistItem;
import jp.isms.audit.domain.InternalAudit;
import jp.isms.review.application.ReviewInput;
import jp.isms.review.application.ReviewInputSource;
import jp.isms.shared.application.Messages;

/**
 * The audit results for the management review (9.3.2 d) 3)): each audit reported since the last review, with its
 * counts per result and its nonconformities, open or closed.
 */
@ApplicationScoped
@Transactional
public class AuditResultsInput implements ReviewInputSource {

    @Inject
    AuditRepository audits;

    @Override
    public ReviewInput input() {
        return ReviewInput.AUDIT_RESULTS;
    }

    @Override
    public List<String> summarise(LocalDate since, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (InternalAudit a : audits.all()) {
            if ((a.getStatus() != AuditStatus.REPORTED && a.getStatus() != AuditStatus.REVIEWED)
                    || a.getEndDate().isBefore(since)) {
                continue;
            }
            List<ChecklistItem> items = a.getItems();
            lines.add(Messages.get(locale, "audit.input.summary", a.getAuditNo(), a.getTitle(),
                    count(items, AuditResult.CONFORMING), count(items, AuditResult.MAJOR_NC),
                    count(items, AuditResult.MINOR_NC), count(items, AuditResult.OBSERVATION),
                    count(items, AuditResult.OPPORTUNITY),
                    Messages.get(locale, "audit.status." + a.getStatus())));
            for (ChecklistItem nc : a.getFindingsNumbered()) {
                lines.add(Messages.get(locale, "audit.input.finding", AuditService.reference(a, nc),
                        Messages.get(locale, "audit.result." + nc.getResult()), nc.getRequirement(), nc.getEvidence(),
                        Messages.get(locale, nc.getClosedOn() == null ? "audit.finding.open" : "audit.finding.closed")));
            }
        }
        return lines;
    }

    private static long count(List<ChecklistItem> items, AuditResult result) {
        return items.stream().filter(i -> i.getResult() == result).count();
    }
}
