package jp.isms.report.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import jp.isms.shared.application.Messages;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;

/** The header of a controlled document from its approval: the date and everyone who approved that version. */
public final class ReportHeaders {

    /** Dates on documents are the company's dates. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private ReportHeaders() {
    }

    /** The company as documents name it: its English name in English when it has one; empty when there is none. */
    public static String companyName(jp.isms.organisation.domain.Company company, Locale locale) {
        if (company == null) {
            return "";
        }
        return Messages.supported(locale).equals(Locale.ENGLISH) && company.getNameEn() != null ? company.getNameEn()
                : company.getName();
    }

    /**
     * @param approvedAt null for a version that is not approved: the header then says draft
     * @param decisions  the decision log of the document (all versions); only this version's approvals count
     */
    public static Report.Header header(String company, String title, String documentNo, int version, Instant approvedAt,
            List<ApprovalRecord> decisions, Locale locale) {
        List<String> approvers = approvedAt == null ? List.of()
                : decisions.stream().filter(d -> d.getSubjectVersion() == version && d.getDecision() == Decision.APPROVE)
                        .map(d -> who(d, locale))
                        .toList();
        return new Report.Header(company, title, documentNo, version,
                approvedAt == null ? null : approvedAt.atZone(ZONE).toLocalDate(), approvers);
    }

    /** Who decided, in which role, and for a deputy on whose behalf (代理承認), as the PDFs print it. */
    public static String who(ApprovalRecord d, Locale locale) {
        String who = d.getActorDisplayName() + " (" + Messages.get(locale, "role." + d.getActorRole()) + ")";
        return d.getOnBehalfOf() == null ? who : who + " " + Messages.get(locale, "deputy.onBehalfOf", d.getOnBehalfOf());
    }
}
