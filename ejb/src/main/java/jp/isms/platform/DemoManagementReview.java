package jp.isms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import jp.isms.improvement.application.ImprovementService;
import jp.isms.improvement.domain.ImprovementItem;
import jp.isms.organisation.application.Actor;
import jp.isms.organisation.domain.Role;
import jp.isms.review.application.ReviewInput;
import jp.isms.review.application.ReviewService;
import jp.isms.review.application.ReviewView;
import jp.isms.review.domain.Attendee;
import jp.isms.review.domain.ManagementReview;
import jp.isms.shared.domain.TsvTable;

/**
 * The demo company's management review of the year, made the way the office would make it (scheduled, inputs
 * compiled from the demo data, meeting recorded with two output actions, submitted: a task in {@code top}'s
 * inbox), and two improvement items (one agreed and in progress, one achieved with its plan revision).
 */
@ApplicationScoped
public class DemoManagementReview {

    static final String REVIEW = "demo/management-review.tsv";
    static final String IMPROVEMENTS = "demo/improvements.tsv";
    static final List<String> REVIEW_COLUMNS = List.of("kind", "a", "b", "c", "d");
    static final List<String> IMPROVEMENT_COLUMNS = List.of("title", "description", "owner", "target", "origin",
            "concerned", "progress", "result", "plan document", "plan version");

    @Inject
    ReviewService reviews;

    @Inject
    ImprovementService improvements;

    private static Actor actor(String username, String name, Role role) {
        return new Actor(username, name, EnumSet.of(role), Locale.JAPANESE, false);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void create() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo"));
        Actor office = actor("office", "鈴木 一郎", Role.ISMS_OFFICE);
        createImprovements(office, today);

        List<TsvTable.Row> rows = TsvTable.read(getClass().getClassLoader().getResourceAsStream(REVIEW), REVIEW,
                REVIEW_COLUMNS);
        TsvTable.Row head = rows.stream().filter(r -> r.cell(0).equals("review")).findFirst().orElseThrow();
        LocalDate date = today.plusDays(Integer.parseInt(head.cell(1)));
        ReviewView review = reviews.schedule(office, new ManagementReview.Schedule(date, head.cell(2),
                today.plusDays(Integer.parseInt(head.cell(3))), today.plusDays(Integer.parseInt(head.cell(4)))));
        for (TsvTable.Row row : rows) {
            if (row.cell(0).equals("discussion")) {
                ReviewInput input = ReviewInput.valueOf(row.cell(1));
                reviews.editInput(office, review.reviewNo(), null, input,
                        review.inputs().get(input.ordinal()).draftText(), row.cell(2));
            }
        }
        List<Attendee> attendees = rows.stream().filter(r -> r.cell(0).equals("attendee"))
                .map(r -> new Attendee(r.cell(1), r.cell(2))).toList();
        String decisions = rows.stream().filter(r -> r.cell(0).equals("decision")).map(r -> r.cell(1))
                .reduce((a, b) -> a + "\n" + b).orElse(null);
        List<ManagementReview.ActionLine> actions = rows.stream().filter(r -> r.cell(0).equals("action"))
                .map(r -> new ManagementReview.ActionLine(r.cell(1), r.cell(2), today.plusDays(Integer.parseInt(r.cell(3)))))
                .toList();
        reviews.recordMeeting(office, review.reviewNo(), null, new ReviewService.Meeting(date, attendees, decisions, actions));
        reviews.submit(office, review.reviewNo(), null, "議事録を作成しました。ご確認のうえ署名をお願いします。");
    }

    private void createImprovements(Actor office, LocalDate today) {
        for (TsvTable.Row row : TsvTable.read(getClass().getClassLoader().getResourceAsStream(IMPROVEMENTS), IMPROVEMENTS,
                IMPROVEMENT_COLUMNS)) {
            List<String> concerned = new ArrayList<>(Arrays.asList(row.cell(5).split(" ")));
            String no = improvements.create(office, new ImprovementItem.Draft(row.cell(0), row.cell(1), row.cell(2),
                    today.plusDays(Integer.parseInt(row.cell(3))), row.cell(4), concerned)).itemNo();
            for (String username : concerned) {
                improvements.acknowledge(new Actor(username, username, EnumSet.of(Role.DEPT_HEAD), Locale.JAPANESE, false), no);
            }
            int progress = Integer.parseInt(row.cell(6));
            if (progress == 100) {
                improvements.achieve(office, no, null, row.cell(7), row.cell(8), row.cell(9));
            } else {
                improvements.recordProgress(office, no, null, progress, row.cell(7));
            }
        }
    }
}
