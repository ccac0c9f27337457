package jp.isms.report.application;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.isms.shared.application.Messages;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/**
 * The "approved by ... on ..." text of an {@link EvidenceFile}: every approval of exactly that version, in
 * the order given, with role, time (the company's, Tokyo) and for whom a deputy acted. An auditor reads it
 * next to the hash, so it names people, not user ids.
 */
public final class EvidenceApprovals {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EvidenceApprovals() {
    }

    public static String of(List<ApprovalRecord> decisions, int version, Locale locale) {
        return decisions.stream().filter(d -> d.getSubjectVersion() == version && d.getDecision() == Decision.APPROVE)
                .map(d -> line(d, locale)).collect(Collectors.joining("\n"));
    }

    private static String line(ApprovalRecord d, Locale locale) {
        String who = d.getActorDisplayName() + " (" + Messages.get(locale, "role." + d.getActorRole()) + ")";
        if (d.getOnBehalfOf() != null && !d.getOnBehalfOf().isBlank()) {
            who += " " + Messages.get(locale, "evidence.onBehalfOf", d.getOnBehalfOf());
        }
        return who + " " + d.getDecidedAt().atZone(ReportHeaders.ZONE).format(WHEN);
    }
}
