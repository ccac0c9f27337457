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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The approval of a risk assessment through the REST API, with every rule the screens enforce: the department
 * tasks, the office's consolidation, the CISO's review and top management only where a residual risk needs it,
 * returns to the chosen departments.
 */
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
    void returnedToTheDepartmentRejectedAndFinallyApprovedWithTheWholeHistoryAndAFrozenList() {
        // given: the office submits
        assertThat(office.post("/risk-assessments/" + key + "/approval", Map.of("comment", "初回提出")).status()).isEqualTo(201);
        assertThat(status(key)).isEqualTo("IN_APPROVAL");
        // an assessment in approval cannot be edited
        Api.Reply locked = office.put("/risk-assessments/" + key + "/risks/R-001", Fixture.risk("顧客DB", "改ざん", "x", 4, 5, 2, 3));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.error()).isEqualTo("risk.assessment.lockedInApproval");

        // the risks have no department, so the CISO confirms them in the risk owner's place; the office consolidates
        assertThat(Fixture.taskId(ciso, key, REVIEW)).as("no CISO review before the departments and the office").isNull();
        confirmDepartmentsAndConsolidate();

        // when: the CISO returns it without a comment, or without choosing a department, nothing happens
        String review = Fixture.taskId(ciso, key, REVIEW);
        assertThat(review).isNotNull();
        Api.Reply noComment = ciso.post("/tasks/" + review + "/complete", Map.of("decision", "return", "comment", " ",
                "departments", List.of("-")));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.message()).contains("コメント");
        Api.Reply noDepartment = ciso.post("/tasks/" + review + "/complete", Map.of("decision", "return", "comment", "x"));
        assertThat(noDepartment.status()).isEqualTo(400);
        assertThat(noDepartment.error()).isEqualTo("approval.departmentsRequired");
        Api.Reply otherDepartment = ciso.post("/tasks/" + review + "/complete", Map.of("decision", "return", "comment", "x",
                "departments", List.of("NOPE")));
        assertThat(otherDepartment.status()).isEqualTo(400);
        assertThat(otherDepartment.error()).isEqualTo("approval.departmentUnknown");
        assertThat(Fixture.taskId(ciso, key, REVIEW)).isEqualTo(review);

        // with a comment and the department it goes back to that department's task, then the office revises
        sendBack(ciso, review, "return", "R-001 の残留リスクが楽観的です");
        assertThat(status(key)).isEqualTo("RETURNED");
        assertThat(Fixture.taskId(office, key, CONSOLIDATE)).as("the department confirms first").isNull();
        complete(ciso, Fixture.taskId(ciso, key, CONFIRM), "approve", "確認しました");
        assertThat(office.put("/risk-assessments/" + key + "/risks/R-001", Fixture.risk("顧客DB", "不正アクセス", "MFA未導入", 4, 5, 4, 4)).status())
                .isEqualTo(200);
        complete(office, Fixture.taskId(office, key, CONSOLIDATE), "resubmit", null);
        assertThat(status(key)).isEqualTo("IN_APPROVAL");

        // the CISO approves; R-001's residual risk is high, so top management decides, and rejects with a comment
        complete(ciso, Fixture.taskId(ciso, key, REVIEW), "approve", "確認しました");
        String approval = Fixture.taskId(top, key, APPROVE);
        Api.Reply rejectWithoutReason = top.post("/tasks/" + approval + "/complete", Map.of("decision", "reject",
                "departments", List.of("-")));
        assertThat(rejectWithoutReason.status()).isEqualTo(400);
        sendBack(top, approval, "reject", "移転の根拠を追記すること");

        // then: the comment goes with it; the department confirms, the office resubmits, and both approve
        JsonNode afterReject = office.get("/risk-assessments/" + key).body();
        assertThat(lastDecision(afterReject).get("comment").asText()).isEqualTo("移転の根拠を追記すること");
        confirmDepartmentsAndConsolidate();
        complete(ciso, Fixture.taskId(ciso, key, REVIEW), "approve", "OK");
        complete(top, Fixture.taskId(top, key, APPROVE), "approve", "承認します");

        JsonNode approved = office.get("/risk-assessments/" + key).body();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("approvalRunning").asBoolean()).isFalse();
        assertThat(approved.get("methodVersion").asInt()).isPositive();
        List<String> decisions = new ArrayList<>();
        approved.get("decisions").forEach(d -> decisions.add(d.get("step").asText() + "/" + d.get("decision").asText()
                + "/" + d.get("actorRole").asText()));
        assertThat(decisions).containsExactly("submission/SUBMIT/isms-office",
                CONFIRM + "/APPROVE/ciso", CONSOLIDATE + "/RESUBMIT/isms-office", REVIEW + "/RETURN/ciso",
                CONFIRM + "/APPROVE/ciso", CONSOLIDATE + "/RESUBMIT/isms-office", REVIEW + "/APPROVE/ciso",
                APPROVE + "/REJECT/top-management",
                CONFIRM + "/APPROVE/ciso", CONSOLIDATE + "/RESUBMIT/isms-office", REVIEW + "/APPROVE/ciso",
                APPROVE + "/APPROVE/top-management");
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
    void withoutAResidualRiskThatNeedsTopManagementTheCisoReviewIsTheLastStep() {
        String lowOnly = fixture.assessment(office);
        assertThat(office.put("/risk-assessments/" + lowOnly + "/risks/R-001",
                Fixture.risk("顧客DB", "不正アクセス", "MFA未導入", 4, 5, 3, 3)).status()).isEqualTo(200);
        JsonNode r001 = office.get("/risk-assessments/" + lowOnly + "/risks?sort=riskNo&asc=true").body().get(0);
        assertThat(r001.get("residualLevel").asText()).isEqualTo("MEDIUM");
        assertThat(r001.get("residualAcceptor").asText()).isEqualTo("ciso");
        office.post("/risk-assessments/" + lowOnly + "/approval", Map.of());
        complete(ciso, Fixture.taskId(ciso, lowOnly, CONFIRM), "approve", null);
        complete(office, Fixture.taskId(office, lowOnly, CONSOLIDATE), "resubmit", null);
        complete(ciso, Fixture.taskId(ciso, lowOnly, REVIEW), "approve", "中レベルは CISO として受容します");

        assertThat(status(lowOnly)).isEqualTo("APPROVED");
        assertThat(Fixture.taskId(top, lowOnly)).as("no task for top management").isNull();
    }

    @Test
    void eachDepartmentsHeadConfirmsOnlyTheirOwnDepartmentAndAReturnGoesOnlyToTheDepartmentChosen() {
        Assumptions.assumeFalse(Deployments.onPostgres(), "the departments are the demo company's");
        Api itHead = fixture.userIn("IT", "ithead", "dept-head");
        Api hrHead = fixture.userIn("HR", "hrhead", "dept-head");
        String byDepartment = fixture.assessment(office);
        addRiskIn(byDepartment, "IT", "基幹システム", 3, 4, 2, 3);
        addRiskIn(byDepartment, "HR", "人事データ", 2, 4, 1, 3);
        office.post("/risk-assessments/" + byDepartment + "/approval", Map.of());

        String itTask = Fixture.taskId(itHead, byDepartment, CONFIRM);
        String hrTask = Fixture.taskId(hrHead, byDepartment, CONFIRM);
        assertThat(itTask).isNotNull().isNotEqualTo(hrTask);
        assertThat(hrTask).isNotNull();
        assertThat(itHead.post("/tasks/" + hrTask + "/complete", Map.of("decision", "approve")).status())
                .as("another department's head").isEqualTo(403);
        complete(itHead, itTask, "approve", null);
        complete(hrHead, hrTask, "approve", null);
        complete(ciso, Fixture.taskId(ciso, byDepartment, CONFIRM), "approve", null);
        complete(office, Fixture.taskId(office, byDepartment, CONSOLIDATE), "resubmit", null);
        List<String> roles = new ArrayList<>();
        office.get("/risk-assessments/" + byDepartment).body().get("decisions")
                .forEach(d -> roles.add(d.get("actorRole").asText()));
        assertThat(roles).contains("dept-head");

        Api.Reply back = ciso.post("/tasks/" + Fixture.taskId(ciso, byDepartment, REVIEW) + "/complete",
                Map.of("decision", "return", "comment", "人事データの残留リスクを見直してください", "departments", List.of("HR")));
        assertThat(back.status()).isEqualTo(204);
        assertThat(Fixture.taskId(hrHead, byDepartment, CONFIRM)).isNotNull();
        assertThat(Fixture.taskId(itHead, byDepartment, CONFIRM)).as("IT is not asked again").isNull();
        assertThat(Fixture.taskId(ciso, byDepartment, CONFIRM)).isNull();
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
        confirmDepartmentsAndConsolidate();
        complete(ciso, Fixture.taskId(ciso, key, REVIEW), "approve", null);
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
        confirmDepartmentsAndConsolidate();
        complete(ciso, Fixture.taskId(ciso, key, REVIEW), "approve", null);
        String approval = Fixture.taskId(top, key);

        // someone changes the submitted list behind the application's back
        tamperWithFirstRisk(key);

        Api.Reply refused = top.post("/tasks/" + approval + "/complete", Map.of("decision", "approve"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).isEqualTo("risk.assessment.changedSinceSubmission");
        assertThat(Fixture.taskId(top, key)).as("the task is still open").isEqualTo(approval);
        JsonNode assessment = office.get("/risk-assessments/" + key).body();
        assertThat(assessment.get("status").asText()).isEqualTo("IN_APPROVAL");
        assertThat(assessment.get("decisions")).hasSize(4);
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
        assertThat(page.body().get(0).get("residualScore").asInt()).isEqualTo(16);
        assertThat(page.body().get(0).get("residualLevel").asText()).isEqualTo("HIGH");
        assertThat(page.body().get(0).get("residualAcceptor").asText()).isEqualTo("top-management");
        assertThat(page.body().get(0).get("inherentScore").asInt()).isEqualTo(20);
        assertThat(page.body().get(0).get("inherentLevel").asText()).isEqualTo("HIGH");
        Api.Reply filtered = office.get("/risk-assessments/" + key + "/risks?residualLevel=LOW&first=0&max=50");
        assertThat(filtered.body()).hasSize(2);
        Api.Reply outOfRange = office.post("/risk-assessments/" + key + "/risks", Fixture.risk("x", "y", "z", 6, 1, 1, 1));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.message()).contains("1〜5");
    }

    private static final String CONFIRM = "Task_ConfirmByDepartment";
    private static final String CONSOLIDATE = "Task_ConsolidateByOffice";
    private static final String REVIEW = "Task_ReviewByCiso";
    private static final String APPROVE = "Task_ApproveResidualRisks";

    /** Risks without a department: the CISO confirms in the risk owner's place, then the office consolidates. */
    private void confirmDepartmentsAndConsolidate() {
        complete(ciso, Fixture.taskId(ciso, key, CONFIRM), "approve", null);
        complete(office, Fixture.taskId(office, key, CONSOLIDATE), "resubmit", null);
    }

    private void addRiskIn(String businessKey, String department, String asset, int l, int i, int rl, int ri) {
        Map<String, Object> risk = new java.util.HashMap<>(Fixture.risk(asset, "不正アクセス", "脆弱な設定", l, i, rl, ri));
        risk.put("department", department);
        assertThat(office.post("/risk-assessments/" + businessKey + "/risks", risk).status()).isEqualTo(201);
    }

    /** A return or rejection to the risks without a department. */
    private static void sendBack(Api user, String taskId, String decision, String comment) {
        Api.Reply reply = user.post("/tasks/" + taskId + "/complete",
                Map.of("decision", decision, "comment", comment, "departments", List.of("-")));
        assertThat(reply.status()).as("%s on %s: %s", decision, taskId, reply.body()).isEqualTo(204);
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
