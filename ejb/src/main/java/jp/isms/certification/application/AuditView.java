package jp.isms.certification.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import jp.isms.certification.domain.Audit;
import jp.isms.certification.domain.AuditStatus;
import jp.isms.certification.domain.Finding;
import jp.isms.certification.domain.Interview;

/** One audit as screens and the API show it. */
public record AuditView(long id, String reference, String kind, Integer cycleNumber, String bodyName,
        LocalDate plannedDate, LocalDate stage1Date, LocalDate stage2Date, String status, String stage2Result,
        LocalDate correctionDeadline, List<FindingRow> findings, List<InterviewRow> interviews, long lockVersion)
        implements Serializable {

    /** A finding with the body's text; {@code corrected} once its corrective action is closed. */
    public record FindingRow(long id, String reference, int stage, String grade, String requirement,
            String department, String text, LocalDate deadline, LocalDate correctedOn) implements Serializable {
    }

    public record InterviewRow(long id, LocalDateTime startsAt, String department, boolean topManagement,
            String preparer, String topic) implements Serializable {
    }

    /** "審査合格（認証登録前）": recommended by the body, no certificate recorded yet. */
    public boolean passedNotYetCertified() {
        return AuditStatus.RECOMMENDED.name().equals(status);
    }

    static AuditView of(Audit a, Locale locale) {
        return new AuditView(a.getId(), a.getReference(), a.getKind().name(), a.getCycleNumber(),
                a.getBody() == null ? null : a.getBody().getName(), a.getPlannedDate(), a.getStage1Date(),
                a.getStage2Date(), a.getStatus().name(), a.getStage2Result() == null ? null : a.getStage2Result().name(),
                a.getCorrectionDeadline(), a.getFindings().stream().map(f -> row(f, locale)).toList(),
                a.getInterviews().stream().map(i -> row(i, locale)).toList(), a.getLockVersion());
    }

    private static FindingRow row(Finding f, Locale locale) {
        return new FindingRow(f.getId(), f.reference(), f.getStage(), f.getGrade().name(), f.getRequirement(),
                f.getDepartment() == null ? null : f.getDepartment().nameIn(locale), f.getBodyText(), f.getDeadline(),
                f.getCorrectedOn());
    }

    private static InterviewRow row(Interview i, Locale locale) {
        return new InterviewRow(i.getId(), i.getStartsAt(), i.getDepartment() == null ? null : i.getDepartment().nameIn(locale),
                i.isTopManagement(), i.getPreparer(), i.getTopic());
    }
}
