package jp.isms.report.application;

import java.util.Locale;
import jp.isms.shared.application.Messages;

/** The words the layout writes on every page, from the bundle in the reader's language. */
public final class ReportLabels {

    private ReportLabels() {
    }

    public static Report.Labels of(Locale locale) {
        return new Report.Labels(Messages.get(locale, "report.version"), Messages.get(locale, "report.approvedOn"),
                Messages.get(locale, "report.approvers"), Messages.get(locale, "report.draft"),
                Messages.get(locale, "report.page"));
    }
}
