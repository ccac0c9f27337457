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

    /**
     * The labels of a generated list that nobody approves (an index, the inventory as it stands): where a
     * draft says "draft", it says when it was made instead.
     */
    public static Report.Labels generated(Locale locale, String asOf) {
        Report.Labels labels = of(locale);
        return new Report.Labels(labels.version(), labels.approvedOn(), labels.approvers(), asOf, labels.page());
    }
}
