package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The management review through the REST API: scheduling compiles all ten inputs (an input nobody records says
 * so), the meeting, the sign-off that nobody gives on their own submission and only top management gives,
 * minutes that refuse every change once submitted and for good once signed, output actions that become their
 * owners' tasks and show as done in the next review; and improvement items acknowledged by each person concerned.
 */
class ManagementReviewIT extends AgainstTheApplication {

    private static final String NO_DATA = "記録されたデータがありません — 手入力してください。";

    Fixture fixture;
    Api office;
    Api ciso;
    Api top;
    Api owner;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("office", "isms-office");
        ciso = fixture.user("ciso", "ciso");
        top = fixture.user("top", "top-management");
        owner = fixture.user("owner", "dept-head");
    }

    private String year() {
        return String.valueOf(2100 + ThreadLocalRandom.current().nextInt(800));
    }

    private Map<String, Object> schedule(String year) {
        return Map.of("date", year + "-03-10", "place", "本社 会議室A", "periodFrom", (Integer.parseInt(year) - 1) + "-04-01",
                "periodTo", year + "-02-28");
    }

    private Map<String, Object> meeting(long version, String actionOwner, String otherOwner) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("date", "2100-03-10");
        body.put("attendees", List.of(Map.of("name", "山田 太郎", "role", "代表取締役"), Map.of("name", "佐藤 花子", "role", "CISO")));
        body.put("decisions", "ISMSは有効であると判断した");
        body.put("actions", List.of(Map.of("description", "教育計画の見直し", "owner", actionOwner, "dueDate", "2100-06-30"),
                Map.of("description", "アクセス権の棚卸し", "owner", otherOwner, "dueDate", "2100-07-31")));
        return body;
    }

    private static JsonNode input(JsonNode review, String name) {
        for (JsonNode input : review.get("inputs")) {
            if (name.equals(input.get("input").asText())) {
                return input;
            }
        }
        throw new AssertionError("no input " + name);
    }

    @Test
    void theDraftIsCompiled_theMinutesAreSignedByTopManagementOnly_andSignedMinutesCannotBeChanged() throws Exception {
        String improvement = office.post("/improvements", Map.of("title", "改善 " + fixture.suffix, "owner",
                Fixture.username(owner), "targetDate", "2100-09-30")).body().get("itemNo").asText();

        // only the office schedules; readers are the ISMS roles, not employees
        String year = year();
        assertThat(ciso.post("/management-reviews", schedule(year)).status()).isEqualTo(403);
        assertThat(fixture.user("employee", "employee").get("/management-reviews").status()).isEqualTo(403);
        Api.Reply scheduled = office.post("/management-reviews", schedule(year));
        assertThat(scheduled.status()).as("%s", scheduled.body()).isEqualTo(201);
        JsonNode review = scheduled.body();
        String no = review.get("reviewNo").asText();
        assertThat(no).startsWith("MR-" + year + "-");
        assertThat(review.get("status").asText()).isEqualTo("SCHEDULED");

        // every one of the ten inputs has a draft; one nobody records says so; ours are compiled from the data
        assertThat(review.get("inputs")).hasSize(10);
        review.get("inputs").forEach(i -> assertThat(i.get("draftText").asText()).as(i.get("input").asText()).isNotBlank());
        assertThat(input(review, "INTERESTED_PARTY_FEEDBACK").get("draftText").asText()).isEqualTo(NO_DATA);
        assertThat(input(review, "IMPROVEMENT_OPPORTUNITIES").get("draftText").asText()).contains(improvement);

        // the office edits an input and records the meeting; an owner must be a user
        Api.Reply edited = office.put("/management-reviews/" + no + "/inputs/AUDIT_RESULTS",
                Map.of("draftText", "内部監査: 軽微な不適合 1 件", "discussion", "是正処置は完了済み", "version", review.get("version").asLong()));
        assertThat(edited.status()).as("%s", edited.body()).isEqualTo(200);
        Api.Reply stale = office.put("/management-reviews/" + no + "/inputs/AUDIT_RESULTS",
                Map.of("draftText", "古い版から", "version", review.get("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.error()).isEqualTo("review.changedMeanwhile");
        long version = edited.body().get("version").asLong();
        assertThat(office.put("/management-reviews/" + no + "/meeting", meeting(version, "nobody-" + fixture.suffix,
                Fixture.username(ciso))).error()).isEqualTo("review.action.unknownOwner");
        Api.Reply recorded = office.put("/management-reviews/" + no + "/meeting", meeting(version, Fixture.username(owner),
                Fixture.username(ciso)));
        assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(200);
        assertThat(recorded.body().get("actions")).hasSize(2);
        assertThat(ciso.put("/management-reviews/" + no + "/meeting", meeting(version, Fixture.username(owner),
                Fixture.username(ciso))).status()).isEqualTo(403);

        // submitted by someone who is also top management: they may not sign their own minutes
        Api officeTop = fixture.user("officetop", "isms-office", "top-management");
        Api.Reply submitted = officeTop.post("/management-reviews/" + no + "/submit", Map.of("comment", "署名をお願いします"));
        assertThat(submitted.status()).as("%s", submitted.body()).isEqualTo(200);
        assertThat(submitted.body().get("status").asText()).isEqualTo("SUBMITTED");
        Api.Reply locked = office.put("/management-reviews/" + no + "/inputs/OBJECTIVES", Map.of("draftText", "x"));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.error()).isEqualTo("review.submittedLocked");

        String sign = Fixture.taskId(top, no, "Task_SignMinutes");
        assertThat(sign).isNotNull();
        Api.Reply own = officeTop.post("/tasks/" + sign + "/complete", Map.of("decision", "approve"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.error()).isEqualTo("task.ownSubmission");
        assertThat(ciso.post("/tasks/" + sign + "/complete", Map.of("decision", "approve")).status()).isEqualTo(403);
        assertThat(office.post("/tasks/" + sign + "/complete", Map.of("decision", "approve")).status()).isEqualTo(403);
        assertThat(top.post("/tasks/" + sign + "/complete", Map.of("decision", "return")).status()).isEqualTo(400);

        // returned with a comment: editable again, then submitted and signed
        Fixture.complete(top, sign, "return", "決定事項に期限を入れてください");
        JsonNode returned = office.get("/management-reviews/" + no).body();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("returnComment").asText()).isEqualTo("決定事項に期限を入れてください");
        Map<String, Object> again = meeting(returned.get("version").asLong(), Fixture.username(owner), Fixture.username(ciso));
        again.put("decisions", "ISMSは有効であると判断した。教育計画は6月末までに見直す。");
        assertThat(office.put("/management-reviews/" + no + "/meeting", again).status()).isEqualTo(200);
        assertThat(office.post("/management-reviews/" + no + "/submit", Map.of()).status()).isEqualTo(200);
        Fixture.complete(top, Fixture.taskId(top, no, "Task_SignMinutes"), "approve", "承認します");

        JsonNode signed = office.get("/management-reviews/" + no).body();
        assertThat(signed.get("status").asText()).isEqualTo("SIGNED");
        assertThat(signed.get("signedBy").asText()).isEqualTo(Fixture.username(top));
        String sha = signed.get("signedSha256").asText();
        assertThat(sha).matches("[0-9a-f]{64}");
        assertThat(signed.get("intact").asBoolean()).isTrue();
        JsonNode history = signed.get("history");
        assertThat(history.get(history.size() - 1).get("decision").asText()).isEqualTo("APPROVE");
        assertThat(history.get(history.size() - 1).get("contentSha256").asText()).isEqualTo(sha);

        // signed minutes refuse every change through the API
        for (Api.Reply refused : List.of(
                office.put("/management-reviews/" + no + "/inputs/OBJECTIVES", Map.of("draftText", "書き換え")),
                office.put("/management-reviews/" + no + "/meeting", meeting(signed.get("version").asLong(),
                        Fixture.username(owner), Fixture.username(ciso))),
                office.put("/management-reviews/" + no + "/schedule", schedule(year)),
                office.post("/management-reviews/" + no + "/compile", Map.of()),
                office.post("/management-reviews/" + no + "/submit", Map.of()))) {
            assertThat(refused.status()).as("%s", refused.body()).isEqualTo(409);
            assertThat(refused.error()).isEqualTo("review.signedImmutable");
            assertThat(refused.message()).contains(no);
        }
        assertThat(office.get("/management-reviews/" + no).body().get("signedSha256").asText()).isEqualTo(sha);

        // the minutes as PDF/A with the signature's hash
        HttpResponse<byte[]> pdf = office.download("/management-reviews/" + no + "/minutes.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("マネジメントレビュー議事録", no, sha, "教育計画の見直し");
        }

        // each output action is a task of its owner; done, it shows as done in the next review's input a)
        String actionTask = Fixture.taskId(owner, no, "Task_CompleteReviewAction");
        assertThat(actionTask).isNotNull();
        assertThat(office.post("/tasks/" + actionTask + "/complete", Map.of("decision", "submit")).status()).isEqualTo(403);
        Fixture.complete(owner, actionTask, "submit", "見直し済み");
        JsonNode actions = office.get("/management-reviews/" + no).body().get("actions");
        assertThat(actions.get(0).get("status").asText()).isEqualTo("DONE");
        assertThat(actions.get(0).get("doneBy").asText()).isEqualTo(Fixture.username(owner));
        assertThat(actions.get(1).get("status").asText()).isEqualTo("OPEN");
        assertThat(Fixture.taskId(ciso, no, "Task_CompleteReviewAction")).isNotNull();

        JsonNode next = office.post("/management-reviews", schedule(year)).body();
        String previous = input(next, "PREVIOUS_ACTIONS").get("draftText").asText();
        assertThat(previous).contains(no + "-A1 教育計画の見直し", "完了").contains(no + "-A2 アクセス権の棚卸し");
    }

    @Test
    void improvementItemsAreAgreedByEveryoneConcerned_thenTrackedToTheirResultAndPlanRevision() {
        Api other = fixture.user("other", "dept-head");
        Api.Reply created = office.post("/improvements", Map.of("title", "標的型メール訓練の年2回化 " + fixture.suffix,
                "owner", Fixture.username(owner), "targetDate", "2100-09-30", "origin", "MR-2100-01",
                "concerned", List.of(Fixture.username(ciso))));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String no = created.body().get("itemNo").asText();
        assertThat(created.body().get("status").asText()).isEqualTo("COMMUNICATED");
        assertThat(ciso.post("/improvements", Map.of("title", "x", "owner", "ciso", "targetDate", "2100-01-01")).status())
                .isEqualTo(403);

        assertThat(owner.put("/improvements/" + no + "/progress", Map.of("percent", 10)).error()).isEqualTo("improvement.notAgreed");
        assertThat(other.post("/improvements/" + no + "/acknowledge", Map.of()).status()).isEqualTo(403);
        assertThat(owner.post("/improvements/" + no + "/acknowledge", Map.of()).body().get("status").asText())
                .isEqualTo("COMMUNICATED");
        JsonNode agreed = ciso.post("/improvements/" + no + "/acknowledge", Map.of()).body();
        assertThat(agreed.get("status").asText()).isEqualTo("AGREED");
        agreed.get("acknowledgements").forEach(a -> assertThat(a.get("acknowledgedAt").isNull()).isFalse());

        assertThat(other.put("/improvements/" + no + "/progress", Map.of("percent", 10)).status()).isEqualTo(403);
        assertThat(owner.put("/improvements/" + no + "/progress", Map.of("percent", 40, "note", "上期実施")).body()
                .get("progress").asInt()).isEqualTo(40);
        JsonNode achieved = owner.post("/improvements/" + no + "/achieve", Map.of("result", "開封率 12%→4%",
                "planDocument", "情報セキュリティ教育計画", "planVersion", "第3版")).body();
        assertThat(achieved.get("status").asText()).isEqualTo("ACHIEVED");
        assertThat(achieved.get("progress").asInt()).isEqualTo(100);
        assertThat(achieved.get("planDocument").asText()).isEqualTo("情報セキュリティ教育計画");
        assertThat(achieved.get("planVersion").asText()).isEqualTo("第3版");
    }

    @Test
    void theDemoReviewWaitsForTopManagementsSignature() {
        Assumptions.assumeFalse(Deployments.onPostgres(), "the demo data exists on H2 only");
        Api demoTop = Api.as("top", "demo-password");
        JsonNode reviews = demoTop.get("/management-reviews").body();
        JsonNode demo = null;
        for (JsonNode r : reviews) {
            if ("SUBMITTED".equals(r.get("status").asText()) && "本社 役員会議室".equals(r.get("place").asText())) {
                demo = r;
            }
        }
        assertThat(demo).as("the demo review").isNotNull();
        assertThat(demo.get("actions")).hasSize(2);
        assertThat(demo.get("attendees")).hasSize(4);
        assertThat(input(demo, "OBJECTIVES").get("draftText").asText()).contains("情報セキュリティ教育の受講率向上");
        assertThat(input(demo, "RISK_ASSESSMENT").get("draftText").asText()).contains("RA-2026-01");
        assertThat(input(demo, "AUDIT_RESULTS").get("draftText").asText()).isNotBlank();
        assertThat(Fixture.taskId(demoTop, demo.get("reviewNo").asText(), "Task_SignMinutes")).isNotNull();
        JsonNode items = demoTop.get("/improvements").body();
        assertThat(items.findValuesAsText("status")).contains("IN_PROGRESS", "ACHIEVED");
    }
}
