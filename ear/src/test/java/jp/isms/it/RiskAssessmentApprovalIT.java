package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The approval of residual risks through the REST API, with every rule the screens enforce. */
class RiskAssessmentApprovalIT extends AgainstTheApplication {

    Fixture fixture;
    Api office;
    Api ciso;
    Api top;
    String key;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("office", "isms-office");
        ciso = fixture.user("ciso", "ciso");
        top = fixture.user("top", "top-management");
        key = fixture.assessment(office);
    }

    @Test
    void returnedRejectedAndFinallyApprovedWithTheWholeHistoryAndAFrozenList() {
        // given: the office submits
        assertThat(office.post("/risk-assessments/" + key + "/approval", Map.of("comment", "初回提出")).status()).isEqualTo(201);
        assertThat(status(key)).isEqualTo("IN_APPROVAL");
        // an assessment in approval cannot be edited
        Api.Reply locked = office.put("/risk-assessments/" + key + "/risks/R-001", Fixture.risk("顧客DB", "改ざん", "x", 4, 5, 2, 3));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.error()).isEqualTo("risk.assessment.lockedInApproval");

        // when: the CISO returns it without a comment, nothing happens
        String review = Fixture.taskId(ciso, key);
        assertThat(review).isNotNull();
        Api.Reply noComment = ciso.post("/tasks/" + review + "/complete", Map.of("decision", "return", "comment", " "));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.message()).contains("コメント");
        assertThat(Fixture.taskId(ciso, key)).isEqualTo(review);

        // with a comment it goes back to the office, who revises and resubmits
        complete(ciso, review, "return", "R-001 の残留リスクが楽観的です");
        assertThat(status(key)).isEqualTo("RETURNED");
        String revise = Fixture.taskId(office, key);
        assertThat(revise).isNotNull();
        assertThat(office.put("/risk-assessments/" + key + "/risks/R-001", Fixture.risk("顧客DB", "不正アクセス", "MFA未導入", 4, 5, 3, 3)).status())
                .isEqualTo(200);
        complete(office, revise, "resubmit", null);
        assertThat(status(key)).isEqualTo("IN_APPROVAL");

        // the CISO approves, top management rejects with a comment
        complete(ciso, Fixture.taskId(ciso, key), "approve", "確認しました");
        String approval = Fixture.taskId(top, key);
        Api.Reply rejectWithoutReason = top.post("/tasks/" + approval + "/complete", Map.of("decision", "reject"));
        assertThat(rejectWithoutReason.status()).isEqualTo(400);
        complete(top, approval, "reject", "移転の根拠を追記すること");

        // then: the office sees the comment, resubmits, and both approve
        JsonNode afterReject = office.get("/risk-assessments/" + key).body();
        assertThat(lastDecision(afterReject).get("comment").asText()).isEqualTo("移転の根拠を追記すること");
        complete(office, Fixture.taskId(office, key), "resubmit", "追記しました");
        complete(ciso, Fixture.taskId(ciso, key), "approve", "OK");
        complete(top, Fixture.taskId(top, key), "approve", "承認します");

        JsonNode approved = office.get("/risk-assessments/" + key).body();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("approvalRunning").asBoolean()).isFalse();
        List<String> decisions = new ArrayList<>();
        approved.get("decisions").forEach(d -> decisions.add(d.get("decision").asText() + "/" + d.get("actorRole").asText()));
        assertThat(decisions).containsExactly("SUBMIT/isms-office", "RETURN/ciso", "RESUBMIT/isms-office",
                "APPROVE/ciso", "REJECT/top-management", "RESUBMIT/isms-office", "APPROVE/ciso", "APPROVE/top-management");
        JsonNode finalApproval = lastDecision(approved);
        assertThat(finalApproval.get("actorUsername").asText()).isEqualTo(Fixture.username(top));
        assertThat(finalApproval.get("decidedAt").asText()).isNotBlank();
        assertThat(finalApproval.get("contentSha256").asText()).matches("[0-9a-f]{64}")
                .isEqualTo(approved.get("approvedSha256").asText());

        // editing the frozen version creates version 2; version 1 stays exactly as approved
        Api.Reply edit = office.put("/risk-assessments/" + key + "/risks/R-002", Fixture.risk("ノートPC", "紛失", "暗号化なし", 3, 4, 2, 2));
        assertThat(edit.status()).isEqualTo(200);
        assertThat(edit.body().get("version").asInt()).isEqualTo(2);
        JsonNode latest = office.get("/risk-assessments/" + key).body();
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(latest.get("status").asText()).isEqualTo("DRAFT");
        JsonNode v1 = office.get("/risk-assessments/" + key + "?version=1").body();
        assertThat(v1.get("status").asText()).isEqualTo("APPROVED");
        assertThat(v1.get("approvedSha256").asText()).isEqualTo(finalApproval.get("contentSha256").asText());
        JsonNode v1Risk = office.get("/risk-assessments/" + key + "/risks?version=1&sort=riskNo&asc=true").body().get(1);
        assertThat(v1Risk.get("residualLikelihood").asInt()).isEqualTo(1);
    }

    @Test
    void aUserWhoIsNeitherAssigneeNorCandidateGets403AndNothingChanges() {
        Api employee = fixture.user("emp", "employee");
        office.post("/risk-assessments/" + key + "/approval", Map.of());
        String review = Fixture.taskId(ciso, key);

        Api.Reply attempt = employee.post("/tasks/" + review + "/complete", Map.of("decision", "approve"));
        assertThat(attempt.status()).isEqualTo(403);
        assertThat(attempt.message()).isEqualTo("このタスクを処理する権限がありません。");
        assertThat(employee.post("/tasks/" + review + "/claim", null).status()).isEqualTo(403);
        assertThat(top.post("/tasks/" + review + "/complete", Map.of("decision", "approve")).status()).isEqualTo(403);

        assertThat(Fixture.taskId(ciso, key)).isEqualTo(review);
        assertThat(office.get("/risk-assessments/" + key).body().get("decisions")).hasSize(1);
        assertThat(employee.get("/risk-assessments/" + key).status()).isEqualTo(403);
    }

    @Test
    void onlyTheIsmsOfficeStartsAnApprovalAndNobodyApprovesTheirOwnSubmission() {
        Api.Reply byCiso = ciso.post("/risk-assessments/" + key + "/approval", Map.of());
        assertThat(byCiso.status()).isEqualTo(403);
        assertThat(status(key)).isEqualTo("DRAFT");

        Api officeAndCiso = fixture.user("dual", "isms-office", "ciso");
        assertThat(officeAndCiso.post("/risk-assessments/" + key + "/approval", Map.of()).status()).isEqualTo(201);
        assertThat(officeAndCiso.post("/risk-assessments/" + key + "/approval", Map.of()).status()).isEqualTo(409);
        String review = Fixture.taskId(officeAndCiso, key);
        Api.Reply own = officeAndCiso.post("/tasks/" + review + "/complete", Map.of("decision", "approve"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.error()).isEqualTo("task.ownSubmission");
        complete(ciso, review, "approve", null);
    }

    @Test
    void unknownTasksCompletedTasksAndBadDecisionsAreRefusedClearly() {
        office.post("/risk-assessments/" + key + "/approval", Map.of());
        String review = Fixture.taskId(ciso, key);

        assertThat(ciso.post("/tasks/no-such-task/complete", Map.of("decision", "approve")).status()).isEqualTo(404);
        Api.Reply wrongDecision = ciso.post("/tasks/" + review + "/complete", Map.of("decision", "reject", "comment", "x"));
        assertThat(wrongDecision.status()).isEqualTo(400);
        assertThat(wrongDecision.error()).isEqualTo("task.decision.invalid");

        complete(ciso, review, "approve", null);
        Api.Reply again = ciso.post("/tasks/" + review + "/complete", Map.of("decision", "approve"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.message()).contains("既に完了");
        assertThat(office.get("/risk-assessments/" + key).body().get("decisions")).hasSize(2);

        assertThat(Api.anonymous().get("/tasks").status()).isEqualTo(401);
        assertThat(Api.as(Fixture.username(ciso), "wrong-password").get("/tasks").status()).isEqualTo(401);
    }

    /** Repeated, because each run meets the race at a different point of the other's transaction. */
    @RepeatedTest(4)
    void twoTopManagersApprovingAtTheSameMomentGetOneSuccessAndOneConflict() throws Exception {
        Api secondTop = fixture.user("top2", "top-management");
        office.post("/risk-assessments/" + key + "/approval", Map.of());
        complete(ciso, Fixture.taskId(ciso, key), "approve", null);
        String approval = Fixture.taskId(top, key);

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> first = () -> {
                start.await();
                return top.post("/tasks/" + approval + "/complete", Map.of("decision", "approve")).status();
            };
            Callable<Integer> second = () -> {
                start.await();
                return secondTop.post("/tasks/" + approval + "/complete", Map.of("decision", "approve")).status();
            };
            Future<Integer> a = pool.submit(first);
            Future<Integer> b = pool.submit(second);
            start.countDown();
            assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(204, 409);
        } finally {
            pool.shutdownNow();
        }
        JsonNode assessment = office.get("/risk-assessments/" + key).body();
        assertThat(assessment.get("status").asText()).isEqualTo("APPROVED");
        long topApprovals = 0;
        for (JsonNode d : assessment.get("decisions")) {
            if (d.get("actorRole").asText().equals("top-management")) {
                topApprovals++;
            }
        }
        assertThat(topApprovals).isEqualTo(1);
    }

    @Test
    void whenTheDomainUpdateFailsTheTaskStaysOpenAndNoDecisionIsRecorded() throws SQLException {
        office.post("/risk-assessments/" + key + "/approval", Map.of());
        complete(ciso, Fixture.taskId(ciso, key), "approve", null);
        String approval = Fixture.taskId(top, key);

        // someone changes the submitted list behind the application's back
        tamperWithFirstRisk(key);

        Api.Reply refused = top.post("/tasks/" + approval + "/complete", Map.of("decision", "approve"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).isEqualTo("risk.assessment.changedSinceSubmission");
        assertThat(Fixture.taskId(top, key)).as("the task is still open").isEqualTo(approval);
        JsonNode assessment = office.get("/risk-assessments/" + key).body();
        assertThat(assessment.get("status").asText()).isEqualTo("IN_APPROVAL");
        assertThat(assessment.get("decisions")).hasSize(2);
    }

    @Test
    void aClaimedTaskIsReservedForItsAssigneeUntilUnclaimed() {
        Api secondCiso = fixture.user("ciso2", "ciso");
        office.post("/risk-assessments/" + key + "/approval", Map.of());
        String review = Fixture.taskId(ciso, key);
        JsonNode before = ciso.get("/tasks/counts").body();

        assertThat(ciso.post("/tasks/" + review + "/claim", null).status()).isEqualTo(204);
        JsonNode after = ciso.get("/tasks/counts").body();
        assertThat(after.get("mine").asLong()).isEqualTo(before.get("mine").asLong() + 1);
        assertThat(after.get("unclaimed").asLong()).isEqualTo(before.get("unclaimed").asLong() - 1);
        assertThat(Fixture.taskId(secondCiso, key)).as("a claimed task leaves the others' inboxes").isNull();
        Api.Reply taken = secondCiso.post("/tasks/" + review + "/complete", Map.of("decision", "approve"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.error()).isEqualTo("task.claimedByOther");
        assertThat(secondCiso.post("/tasks/" + review + "/unclaim", null).status()).isEqualTo(403);

        assertThat(ciso.post("/tasks/" + review + "/unclaim", null).status()).isEqualTo(204);
        complete(secondCiso, review, "approve", null);
        assertThat(lastDecision(office.get("/risk-assessments/" + key).body()).get("actorUsername").asText())
                .isEqualTo(Fixture.username(secondCiso));
    }

    @Test
    void theRegisterIsPagedSortedAndFilteredByTheServer() {
        Api.Reply page = office.get("/risk-assessments/" + key + "/risks?max=2&sort=residualScore&asc=false");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("X-Total-Count")).hasValue("3");
        assertThat(page.body()).hasSize(2);
        assertThat(page.body().get(0).get("residualScore").asInt()).isEqualTo(6);
        assertThat(page.body().get(0).get("residualLevel").asText()).isEqualTo("LOW");
        assertThat(page.body().get(0).get("inherentScore").asInt()).isEqualTo(20);
        assertThat(page.body().get(0).get("inherentLevel").asText()).isEqualTo("HIGH");
        Api.Reply filtered = office.get("/risk-assessments/" + key + "/risks?residualLevel=LOW&first=0&max=50");
        assertThat(filtered.body()).hasSize(3);
        Api.Reply outOfRange = office.post("/risk-assessments/" + key + "/risks", Fixture.risk("x", "y", "z", 6, 1, 1, 1));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.message()).contains("1〜5");
    }

    private static void complete(Api user, String taskId, String decision, String comment) {
        Api.Reply reply = user.post("/tasks/" + taskId + "/complete",
                comment == null ? Map.of("decision", decision) : Map.of("decision", decision, "comment", comment));
        assertThat(reply.status()).as("%s on %s: %s", decision, taskId, reply.body()).isEqualTo(204);
    }

    private String status(String businessKey) {
        return office.get("/risk-assessments/" + businessKey).body().get("status").asText();
    }

    private static JsonNode lastDecision(JsonNode assessment) {
        JsonNode decisions = assessment.get("decisions");
        return decisions.get(decisions.size() - 1);
    }

    private static void tamperWithFirstRisk(String businessKey) throws SQLException {
        String url = Deployments.onPostgres() ? System.getProperty("it.pg.url") : System.getProperty("it.h2.url");
        String user = Deployments.onPostgres() ? "isms" : "sa";
        try (Connection db = DriverManager.getConnection(url, user, user.equals("sa") ? "sa" : "isms");
                PreparedStatement update = db.prepareStatement("update risk set threat = threat || '（改ざん）'"
                        + " where risk_no = 'R-001' and assessment_id = (select id from risk_assessment where business_key = ?)")) {
            update.setString(1, businessKey);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
