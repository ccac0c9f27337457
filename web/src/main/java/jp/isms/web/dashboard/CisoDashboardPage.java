package jp.isms.web.dashboard;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import jp.isms.cycle.application.CisoDashboard;
import jp.isms.cycle.application.DashboardView;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;

/** The CISO dashboard: the view's data once per visit, and the timeline built from it. */
@Named
@ViewScoped
public class CisoDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    CisoDashboard dashboard;

    private DashboardView view;
    private TimelineModel<DashboardView.TimelineItem, String> timeline;

    /** A refusal (not CISO, office or top management) is shown as a message on the page, not as an error page. */
    public void load() {
        if (!Ui.attempt(() -> view = dashboard.view(currentUser.actor(), Ui.locale()))) {
            return;
        }
        timeline = new TimelineModel<>();
        for (DashboardView.TimelineItem item : view.timeline()) {
            TimelineEvent.Builder<DashboardView.TimelineItem> event = TimelineEvent.<DashboardView.TimelineItem>builder()
                    .id(item.id()).data(item).startDate(item.start()).title(item.title()).editable(false)
                    .styleClass(styleOf(item));
            if (item.end() != null) {
                event.endDate(item.end().plusDays(1)).type("background");
            }
            timeline.add(event.build());
        }
    }

    static String styleOf(DashboardView.TimelineItem item) {
        String kind = "tl-" + item.kind().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return kind + (item.overdue() ? " tl-overdue" : "") + (item.done() ? " tl-done" : "");
    }

    public DashboardView getView() {
        return view;
    }

    public TimelineModel<DashboardView.TimelineItem, String> getTimeline() {
        return timeline;
    }

    /** What the timeline shows first: from a year back to two years ahead. */
    public LocalDate getTimelineStart() {
        return view.today().minusMonths(12);
    }

    public LocalDate getTimelineEnd() {
        return view.today().plusMonths(30);
    }

    /** Days from today to the next audit; -1 when it has no date yet (a scope-change audit not yet agreed). */
    public long getDaysToNextAudit() {
        return view.nextAudit() == null || view.nextAudit().plannedDate() == null ? -1
                : ChronoUnit.DAYS.between(view.today(), view.nextAudit().plannedDate());
    }
}
