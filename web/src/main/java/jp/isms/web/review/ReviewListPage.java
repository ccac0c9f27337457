package jp.isms.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.isms.organisation.domain.Role;
import jp.isms.review.application.ReviewService;
import jp.isms.review.application.ReviewView;
import jp.isms.review.domain.ManagementReview;
import jp.isms.web.faces.Redirect;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;

/** Every management review, newest first; the ISMS office schedules the next one (the draft is compiled at once). */
@Named
@ViewScoped
public class ReviewListPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReviewService reviews;

    private List<ReviewView> all = List.of();
    private String date;
    private String place;
    private String periodFrom;
    private String periodTo;

    public void load() {
        Ui.attempt(() -> all = reviews.list(currentUser.actor()));
    }

    public void schedule() {
        ReviewView[] created = new ReviewView[1];
        if (Ui.attempt(() -> created[0] = reviews.schedule(currentUser.actor(),
                new ManagementReview.Schedule(jp.isms.project.application.ProjectDates.parse(date, "review.scheduledDate"), place,
                jp.isms.project.application.ProjectDates.parse(periodFrom, "review.periodFrom"), jp.isms.project.application.ProjectDates.parse(periodTo, "review.periodTo"))))) {
            Ui.info("review.scheduled", created[0].reviewNo());
            Redirect.to("/app/review/review.xhtml?no=" + created[0].reviewNo());
        }
    }

    public boolean isOffice() {
        return currentUser.actor().has(Role.ISMS_OFFICE);
    }

    public List<ReviewView> getAll() {
        return all;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(String periodFrom) {
        this.periodFrom = periodFrom;
    }

    public String getPeriodTo() {
        return periodTo;
    }

    public void setPeriodTo(String periodTo) {
        this.periodTo = periodTo;
    }
}
