package jp.isms.review.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.isms.organisation.domain.Company;
import jp.isms.review.application.ReviewInput;
import jp.isms.shared.domain.ContentHash;
import jp.isms.shared.domain.Identified;
import jp.isms.shared.domain.IsmsException;

/**
 * One management review: scheduled by the ISMS office, its draft compiled from the data the system holds, the
 * meeting recorded, then signed by top management. From submission on nobody may change it (top management
 * signs exactly what it read); once signed it never changes again and its SHA-256 is recorded.
 */
@Entity
@Table(name = "management_review")
public class ManagementReview extends Identified {

    static final int MAX_TEXT = 8000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @Column(name = "review_no", nullable = false)
    private String reviewNo;

    @Column(name = "scheduled_date", nullable = false)
    private LocalDate scheduledDate;

    @Column(nullable = false)
    private String place;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewStatus status;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(length = MAX_TEXT)
    private String decisions;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "signed_by")
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "signed_sha256")
    private String signedSha256;

    @Column(name = "return_comment", length = 4000)
    private String returnComment;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "review_input", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "line_no")
    private List<ReviewInputText> inputs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "review_attendee", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "line_no")
    private List<Attendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<ReviewAction> actions = new ArrayList<>();

    protected ManagementReview() {
    }

    public ManagementReview(Company company, String reviewNo, Schedule schedule) {
        this.company = company;
        this.reviewNo = reviewNo;
        this.status = ReviewStatus.SCHEDULED;
        apply(schedule);
        for (ReviewInput input : ReviewInput.values()) {
            inputs.add(new ReviewInputText(input, null, null));
        }
    }

    /** When and where the review takes place and which period it looks back on. */
    public record Schedule(LocalDate date, String place, LocalDate periodFrom, LocalDate periodTo) {
        public Schedule {
            if (date == null || place == null || place.isBlank() || periodFrom == null || periodTo == null) {
                throw IsmsException.invalid("review.schedule.incomplete");
            }
            if (periodTo.isBefore(periodFrom)) {
                throw IsmsException.invalid("review.schedule.periodReversed");
            }
            place = place.strip();
        }
    }

    /** One output action as the office enters it. */
    public record ActionLine(String description, String owner, LocalDate dueDate) {
    }

    public void reschedule(Schedule schedule) {
        requireEditable();
        apply(schedule);
    }

    private void apply(Schedule schedule) {
        this.scheduledDate = schedule.date();
        this.place = schedule.place();
        this.periodFrom = schedule.periodFrom();
        this.periodTo = schedule.periodTo();
    }

    /**
     * The draft compiled by the system replaces the draft text of every input; what was discussed stays. An input
     * missing from {@code drafts} gets an empty draft (the view then says nothing was recorded).
     */
    public void compileDraft(Map<ReviewInput, String> drafts) {
        requireEditable();
        List<ReviewInputText> compiled = new ArrayList<>();
        for (ReviewInputText line : inputs) {
            compiled.add(new ReviewInputText(line.getInput(), limited(drafts.get(line.getInput())), line.getDiscussion()));
        }
        inputs.clear();
        inputs.addAll(compiled);
    }

    /** The office edits one input's draft and records what the meeting discussed about it. */
    public void editInput(ReviewInput input, String draftText, String discussion) {
        requireEditable();
        for (int i = 0; i < inputs.size(); i++) {
            if (inputs.get(i).getInput() == input) {
                inputs.set(i, new ReviewInputText(input, limited(draftText), limited(discussion)));
                return;
            }
        }
        throw IsmsException.notFound("review.input.unknown", input);
    }

    /** The meeting: when it took place, who attended in which role, what was decided, and the output actions. */
    public void recordMeeting(LocalDate date, List<Attendee> people, String decided, List<ActionLine> outputActions) {
        requireEditable();
        if (date == null) {
            throw IsmsException.invalid("review.meeting.dateMissing");
        }
        if (people == null || people.isEmpty() || people.stream().anyMatch(a -> blank(a.getName()) || blank(a.getRole()))) {
            throw IsmsException.invalid("review.meeting.attendeesMissing");
        }
        this.meetingDate = date;
        this.attendees.clear();
        this.attendees.addAll(people);
        this.decisions = limited(decided);
        // Lines are revised in place: an action keeps its key (MR-2026-01-A1) and its row, so recording the
        // meeting again never inserts a second row with a key still in use.
        List<ActionLine> lines = outputActions == null ? List.of() : outputActions;
        for (int i = 0; i < lines.size(); i++) {
            ActionLine line = lines.get(i);
            if (i < actions.size()) {
                actions.get(i).revise(line.description(), line.owner(), line.dueDate());
            } else {
                actions.add(new ReviewAction(this, i + 1, line.description(), line.owner(), line.dueDate()));
            }
        }
        while (actions.size() > lines.size()) {
            actions.remove(actions.size() - 1);
        }
    }

    /** The office submits the minutes for signature: only once the meeting is recorded. */
    public void submit(String username) {
        requireEditable();
        if (meetingDate == null) {
            throw IsmsException.invalid("review.meeting.notRecorded");
        }
        status = ReviewStatus.SUBMITTED;
        submittedBy = username;
        submittedAt = Instant.now();
        returnComment = null;
    }

    /** Top management signs: the minutes freeze and the SHA-256 of exactly this content is kept. */
    public void sign(String username) {
        requireSubmitted();
        if (username.equals(submittedBy)) {
            throw IsmsException.forbidden("task.ownSubmission");
        }
        status = ReviewStatus.SIGNED;
        signedBy = username;
        signedAt = Instant.now();
        signedSha256 = contentSha256();
    }

    public void returnMinutes(String username, String comment) {
        requireSubmitted();
        status = ReviewStatus.RETURNED;
        returnComment = comment;
    }

    /** SHA-256 over everything the minutes say (not the actions' later status): what the signature covers. */
    public String contentSha256() {
        return ContentHash.sha256(canonical());
    }

    String canonical() {
        Stream<String> head = Stream.of(reviewNo, String.valueOf(scheduledDate), place, periodFrom + "/" + periodTo,
                String.valueOf(meetingDate), nz(decisions));
        Stream<String> in = inputs.stream().map(i -> String.join("\u001f", i.getInput().name(), nz(i.getDraftText()),
                nz(i.getDiscussion())));
        Stream<String> who = attendees.stream().map(a -> String.join("\u001f", "attendee", a.getName(), a.getRole()));
        Stream<String> what = actions.stream().map(a -> String.join("\u001f", a.getActionKey(), a.getDescription(),
                a.getOwner(), a.getDueDate().toString()));
        return Stream.of(head, in, who, what).flatMap(s -> s).collect(Collectors.joining("\n"));
    }

    /** Signed minutes whose stored content no longer gives the recorded hash have been tampered with. */
    public boolean intact() {
        return signedSha256 == null || signedSha256.equals(contentSha256());
    }

    public ReviewAction action(String actionKey) {
        return actions.stream().filter(a -> a.getActionKey().equals(actionKey)).findFirst()
                .orElseThrow(() -> IsmsException.notFound("review.action.unknown", actionKey));
    }

    private void requireEditable() {
        if (status == ReviewStatus.SIGNED) {
            throw IsmsException.conflict("review.signedImmutable", reviewNo);
        }
        if (!status.editable()) {
            throw IsmsException.conflict("review.submittedLocked", reviewNo);
        }
    }

    private void requireSubmitted() {
        if (status != ReviewStatus.SUBMITTED) {
            throw IsmsException.conflict("review.notSubmitted", "review.status." + status.name());
        }
    }

    private static String limited(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw IsmsException.invalid("review.text.tooLong", MAX_TEXT);
        }
        return text.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }

    public Company getCompany() {
        return company;
    }

    public String getReviewNo() {
        return reviewNo;
    }

    public LocalDate getScheduledDate() {
        return scheduledDate;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getDecisions() {
        return decisions;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getSignedSha256() {
        return signedSha256;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public List<ReviewInputText> getInputs() {
        return Collections.unmodifiableList(inputs);
    }

    public List<Attendee> getAttendees() {
        return Collections.unmodifiableList(attendees);
    }

    public List<ReviewAction> getActions() {
        return Collections.unmodifiableList(actions);
    }
}
