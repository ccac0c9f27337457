package jp.isms.review.application;

import static jp.isms.processes.ManagementReview.PROCESS_KEY;
import static jp.isms.processes.ManagementReview.VAR_REVIEW_ID;
import static jp.isms.processes.ManagementReview.VAR_SUBMITTED_BY;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.CompanyRepository;
import jp.isms.organisation.domain.Role;
import jp.isms.organisation.domain.UserRepository;
import jp.isms.review.domain.Attendee;
import jp.isms.review.domain.ManagementReview;
import jp.isms.review.domain.ReviewAction;
import jp.isms.review.domain.ReviewRepository;
import jp.isms.shared.domain.IsmsException;
import jp.isms.workflow.application.DecisionView;
import jp.isms.workflow.domain.ApprovalLog;
import jp.isms.workflow.domain.ApprovalRecord;
import jp.isms.workflow.domain.Decision;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The ISMS office schedules a review, has the system compile its draft, edits it, records the meeting and
 * submits the minutes; the process's steps record top management's signature or return and the actions' completion.
 * Every change names the version the user saw ({@code expectedVersion}, null: not checked) so that two
 * people editing at once do not overwrite each other.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Inject
    ReviewRepository reviews;

    @Inject
    CompanyRepository companies;

    @Inject
    UserRepository users;

    @Inject
    ReviewDraft draft;

    @Inject
    ApprovalLog approvalLog;

    @Inject
    RuntimeService runtimeService;

    /** The meeting as the office records it. */
    public record Meeting(LocalDate date, List<Attendee> attendees, String decisions, List<ManagementReview.ActionLine> actions) {
    }

    public List<ReviewView> list(Actor actor) {
        requireReader(actor);
        return reviews.all().stream().map(this::viewOf).toList();
    }

    public ReviewView view(Actor actor, String reviewNo) {
        requireReader(actor);
        return viewOf(load(reviewNo));
    }

    public ReviewView viewById(Actor actor, long id) {
        requireReader(actor);
        return viewOf(reviews.findById(id).orElseThrow(() -> IsmsException.notFound("review.unknown", id)));
    }

    /** Schedules a review and compiles its draft right away from what the system holds for the period. */
    public ReviewView schedule(Actor actor, ManagementReview.Schedule schedule) {
        actor.require(Role.ISMS_OFFICE);
        int year = schedule.date().getYear();
        String reviewNo = String.format("MR-%d-%02d", year, reviews.countInYear(year) + 1);
        ManagementReview review = new ManagementReview(companies.current().orElseThrow(), reviewNo, schedule);
        review.compileDraft(draft.compile(schedule.periodFrom(), actor.locale()));
        reviews.add(review);
        reviews.flush();
        return viewOf(review);
    }

    public ReviewView reschedule(Actor actor, String reviewNo, Long expectedVersion, ManagementReview.Schedule schedule) {
        return change(actor, reviewNo, expectedVersion, r -> r.reschedule(schedule));
    }

    /** Compiles the draft again (e.g. just before the meeting); discussions already recorded stay. */
    public ReviewView compile(Actor actor, String reviewNo, Long expectedVersion) {
        return change(actor, reviewNo, expectedVersion,
                r -> r.compileDraft(draft.compile(r.getPeriodFrom(), actor.locale())));
    }

    public ReviewView editInput(Actor actor, String reviewNo, Long expectedVersion, ReviewInput input, String draftText,
            String discussion) {
        return change(actor, reviewNo, expectedVersion, r -> r.editInput(input, draftText, discussion));
    }

    public ReviewView recordMeeting(Actor actor, String reviewNo, Long expectedVersion, Meeting meeting) {
        if (meeting.actions() != null) {
            meeting.actions().stream().map(ManagementReview.ActionLine::owner).filter(o -> o != null && !o.isBlank())
                    .filter(o -> users.findByUsername(o.strip()).isEmpty()).findFirst().ifPresent(o -> {
                        throw IsmsException.invalid("review.action.unknownOwner", o);
                    });
        }
        return change(actor, reviewNo, expectedVersion,
                r -> r.recordMeeting(meeting.date(), meeting.attendees(), meeting.decisions(), meeting.actions()));
    }

    /** The office submits the minutes: top management finds them in the inbox. */
    public ReviewView submit(Actor actor, String reviewNo, Long expectedVersion, String comment) {
        ManagementReview review = loadForChange(actor, reviewNo, expectedVersion);
        review.submit(actor.username());
        reviews.flush();
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, reviewNo,
                Map.of(VAR_REVIEW_ID, review.getId(), VAR_SUBMITTED_BY, actor.username()));
        approvalLog.append(new ApprovalRecord(ReviewSteps.subjectOf(review), instance.getId(), "submit", Decision.SUBMIT,
                actor.username(), actor.displayName(), Role.ISMS_OFFICE.groupId(), comment));
        return viewOf(review);
    }

    public void sign(long id, String username) {
        byId(id).sign(username);
        reviews.flush();
    }

    public void returnMinutes(long id, String username, String comment) {
        byId(id).returnMinutes(username, comment);
        reviews.flush();
    }

    public void completeAction(String actionKey, String username) {
        reviews.findAction(actionKey).orElseThrow(() -> IsmsException.notFound("review.action.unknown", actionKey))
                .complete(username);
        reviews.flush();
    }

    /** The keys of a review's output actions, in order (each becomes a task). */
    public List<String> actionKeys(long reviewId) {
        return byId(reviewId).getActions().stream().map(ReviewAction::getActionKey).toList();
    }

    public String actionOwner(String actionKey) {
        return reviews.findAction(actionKey).map(ReviewAction::getOwner)
                .orElseThrow(() -> IsmsException.notFound("review.action.unknown", actionKey));
    }

    public ReviewView.Action action(Actor actor, String actionKey) {
        requireReader(actor);
        return actionView(reviews.findAction(actionKey)
                .orElseThrow(() -> IsmsException.notFound("review.action.unknown", actionKey)), today());
    }

    private ReviewView change(Actor actor, String reviewNo, Long expectedVersion, java.util.function.Consumer<ManagementReview> edit) {
        ManagementReview review = loadForChange(actor, reviewNo, expectedVersion);
        edit.accept(review);
        reviews.flush();
        return viewOf(review);
    }

    private ManagementReview loadForChange(Actor actor, String reviewNo, Long expectedVersion) {
        actor.require(Role.ISMS_OFFICE);
        ManagementReview review = load(reviewNo);
        if (expectedVersion != null && expectedVersion != review.getLockVersion()) {
            throw IsmsException.conflict("review.changedMeanwhile", reviewNo);
        }
        return review;
    }

    ReviewView viewOf(ManagementReview r) {
        LocalDate today = today();
        return new ReviewView(r.getId(), r.getReviewNo(), r.getStatus(), r.getScheduledDate(), r.getPlace(),
                r.getPeriodFrom(), r.getPeriodTo(), r.getMeetingDate(), r.getDecisions(), r.getSubmittedBy(),
                r.getSubmittedAt(), r.getSignedBy(), r.getSignedAt(), r.getSignedSha256(), r.intact(),
                r.getReturnComment(), r.getLockVersion(),
                r.getInputs().stream().map(i -> new ReviewView.Input(i.getInput(), i.getDraftText(), i.getDiscussion())).toList(),
                r.getAttendees().stream().map(a -> new ReviewView.Person(a.getName(), a.getRole())).toList(),
                r.getActions().stream().map(a -> actionView(a, today)).toList(),
                approvalLog.forSubject(ReviewSteps.SUBJECT_TYPE, r.getReviewNo()).stream().map(DecisionView::of).toList());
    }

    private static ReviewView.Action actionView(ReviewAction a, LocalDate today) {
        return new ReviewView.Action(a.getActionKey(), a.getDescription(), a.getOwner(), a.getDueDate(), a.getStatus(),
                a.getDoneBy(), a.getDoneAt(), a.overdueOn(today));
    }

    static LocalDate today() {
        return LocalDate.now(TOKYO);
    }

    private ManagementReview load(String reviewNo) {
        return reviews.findByReviewNo(reviewNo).orElseThrow(() -> IsmsException.notFound("review.unknown", reviewNo));
    }

    private ManagementReview byId(long id) {
        return reviews.findById(id).orElseThrow(() -> IsmsException.notFound("review.unknown", id));
    }

    static void requireReader(Actor actor) {
        if (actor.roles().stream().noneMatch(r -> r != Role.EMPLOYEE && r != Role.ADMIN)) {
            throw IsmsException.forbidden("review.forbidden");
        }
    }
}
