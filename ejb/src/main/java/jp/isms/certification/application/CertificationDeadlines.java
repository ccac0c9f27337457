package jp.isms.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.isms.certification.domain.Audit;
import jp.isms.certification.domain.AuditStatus;
import jp.isms.certification.domain.CertificationRepository;
import jp.isms.certification.domain.Finding;
import jp.isms.shared.application.Deadline;
import jp.isms.shared.application.DeadlineSource;
import jp.isms.shared.application.Messages;

/**
 * The certification body's dates for the CISO's calendar: each audit's day ({@value #KIND_AUDIT}) and the
 * deadlines the body set for its nonconformities ({@value #KIND_FINDING}).
 */
@ApplicationScoped
@Transactional
public class CertificationDeadlines implements DeadlineSource {

    public static final String KIND_AUDIT = "CERTIFICATION_AUDIT";
    public static final String KIND_FINDING = "CERTIFICATION_FINDING";

    @Inject
    CertificationRepository repository;

    @Override
    public List<Deadline> deadlines(LocalDate from, LocalDate to, Locale locale) {
        LocalDate today = LocalDate.now(CertificationAudits.TOKYO);
        List<Deadline> deadlines = new ArrayList<>();
        for (Audit audit : repository.audits()) {
            LocalDate date = audit.auditDate();
            if (date.isBefore(from) || date.isAfter(to) || audit.getStatus() == AuditStatus.REFUSED) {
                continue;
            }
            // held once it moved past the stage its date belongs to
            boolean done = audit.getStatus() != AuditStatus.APPLIED && audit.getStatus() != AuditStatus.STAGE2_SCHEDULED;
            deadlines.add(new Deadline(date, KIND_AUDIT, "certification-audit-" + audit.getId(),
                    Messages.get(locale, "certification.deadline.audit", audit.getReference(),
                            Messages.get(locale, audit.getKind().messageKey())),
                    "/app/certification/audits.xhtml?id=" + audit.getId(), null, done, !done && date.isBefore(today)));
        }
        for (Finding finding : repository.findingsWithDeadline(from, to)) {
            boolean done = finding.isCorrected();
            deadlines.add(new Deadline(finding.getDeadline(), KIND_FINDING, "certification-finding-" + finding.getId(),
                    Messages.get(locale, "certification.deadline.finding", finding.reference(),
                            Messages.get(locale, finding.getGrade().messageKey())),
                    "/app/certification/audits.xhtml?id=" + finding.getAudit().getId(),
                    finding.getDepartment() == null ? null : finding.getDepartment().nameIn(locale), done,
                    !done && finding.getDeadline().isBefore(today)));
        }
        return deadlines;
    }
}
