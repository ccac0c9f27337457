package jp.isms.web.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jp.isms.organisation.domain.Role;
import jp.isms.review.application.ReviewInput;
import jp.isms.review.application.ReviewMinutes;
import jp.isms.review.application.ReviewService;
import jp.isms.review.application.ReviewView;
import jp.isms.review.domain.Attendee;
import jp.isms.review.domain.ManagementReview;
import jp.isms.web.faces.Download;
import jp.isms.web.faces.Ui;
import jp.isms.web.security.CurrentUser;
import org.primefaces.model.StreamedContent;

/**
 * One management review: the compiled draft per input (the office edits it and records the discussion), the
 * meeting (attendees, decisions, output actions), submission for top management's signature, the signed
 * minutes with their SHA-256, and the PDF. Once submitted the page only shows.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReviewService reviews;

    @Inject
    ReviewMinutes minutes;

    /** An input row being edited. */
    public static class InputRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ReviewInput input;
        private String draftText;
        private String discussion;

        InputRow(ReviewView.Input i) {
            this.input = i.input();
            this.draftText = i.draftText();
            this.discussion = i.discussion();
        }

        public ReviewInput getInput() {
            return input;
        }

        public String getDraftText() {
            return draftText;
        }

        public void setDraftText(String draftText) {
            this.draftText = draftText;
        }

        public String getDiscussion() {
            return discussion;
        }

        public void setDiscussion(String discussion) {
            this.discussion = discussion;
        }
    }

    /** An attendee row. */
    public static class PersonRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String role;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    /** An output action row. */
    public static class ActionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String description;
        private String owner;
        private String dueDate;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public String getDueDate() {
            return dueDate;
        }

        public void setDueDate(String dueDate) {
            this.dueDate = dueDate;
        }
    }

    private String no;
    private ReviewView review;
    private List<InputRow> inputs = new ArrayList<>();
    private String meetingDate;
    private List<PersonRow> attendees = new ArrayList<>();
    private String decisions;
    private List<ActionRow> actions = new ArrayList<>();
    private String comment;

    public void load() {
        Ui.attempt(() -> show(reviews.view(currentUser.actor(), no)));
    }

    private void show(ReviewView view) {
        review = view;
        inputs = new ArrayList<>(view.inputs().stream().map(InputRow::new).toList());
        meetingDate = String.valueOf(view.meetingDate() != null ? view.meetingDate() : view.scheduledDate());
        attendees = new ArrayList<>();
        view.attendees().forEach(a -> {
            PersonRow row = new PersonRow();
            row.setName(a.name());
            row.setRole(a.role());
            attendees.add(row);
        });
        if (attendees.isEmpty()) {
            attendees.add(new PersonRow());
        }
        decisions = view.decisions();
        actions = new ArrayList<>();
        view.actions().forEach(a -> {
            ActionRow row = new ActionRow();
            row.setDescription(a.description());
            row.setOwner(a.owner());
            row.setDueDate(String.valueOf(a.dueDate()));
            actions.add(row);
        });
    }

    public void saveInput(InputRow row) {
        if (Ui.attempt(() -> show(reviews.editInput(currentUser.actor(), no, review.version(), row.getInput(),
                row.getDraftText(), row.getDiscussion())))) {
            Ui.info("review.inputSaved", Ui.text(row.getInput().messageKey()));
        }
    }

    public void recompile() {
        if (Ui.attempt(() -> show(reviews.compile(currentUser.actor(), no, review.version())))) {
            Ui.info("review.compiled");
        }
    }

    public void addAttendee() {
        attendees.add(new PersonRow());
    }

    public void addAction() {
        actions.add(new ActionRow());
    }

    public void saveMeeting() {
        List<Attendee> people = attendees.stream().filter(p -> !blank(p.getName()) || !blank(p.getRole()))
                .map(p -> new Attendee(trim(p.getName()), trim(p.getRole()))).toList();
        if (Ui.attempt(() -> {
            List<ManagementReview.ActionLine> lines = actions.stream()
                    .filter(a -> !blank(a.getDescription()) || !blank(a.getOwner()) || !blank(a.getDueDate()))
                    .map(a -> new ManagementReview.ActionLine(a.getDescription(), a.getOwner(),
                            jp.isms.project.application.ProjectDates.parse(a.getDueDate(), "review.action.dueDate"))).toList();
            show(reviews.recordMeeting(currentUser.actor(), no, review.version(), new ReviewService.Meeting(
                    jp.isms.project.application.ProjectDates.parse(meetingDate, "review.meetingDate"), people, decisions, lines)));
        })) {
            Ui.info("review.meetingSaved");
        }
    }

    public void submit() {
        if (Ui.attempt(() -> show(reviews.submit(currentUser.actor(), no, review.version(), comment)))) {
            Ui.info("review.submitted", no);
            comment = null;
        }
    }

    public StreamedContent getPdf() {
        return Download.of(minutes.pdf(currentUser.actor(), no), Download.PDF, ReviewMinutes.fileName(no));
    }

    /** The office may change the review while it is editable. */
    public boolean isEditable() {
        return review != null && review.isEditable() && currentUser.actor().has(Role.ISMS_OFFICE);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trim(String s) {
        return s == null ? null : s.strip();
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }

    public ReviewView getReview() {
        return review;
    }

    public List<InputRow> getInputs() {
        return inputs;
    }

    public String getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(String meetingDate) {
        this.meetingDate = meetingDate;
    }

    public List<PersonRow> getAttendees() {
        return attendees;
    }

    public String getDecisions() {
        return decisions;
    }

    public void setDecisions(String decisions) {
        this.decisions = decisions;
    }

    public List<ActionRow> getActions() {
        return actions;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
