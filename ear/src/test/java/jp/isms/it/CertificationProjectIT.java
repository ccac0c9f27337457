package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The certification project's kickoff through the REST API: the office creates a project, adjusts the proposed
 * schedule and submits it; top management returns it with a comment, then approves it; the schedule is then the
 * frozen baseline and the office records actual dates against it. With every refusal the screens make too.
 */
class CertificationProjectIT extends AgainstTheApplication {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    Fixture fixture;
    Api office;
    Api top;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("office", "isms-office");
        top = fixture.user("top", "top-management");
    }

    private Map<String, Object> project(String name, LocalDate kickoff, LocalDate target, String leader) {
        List<Map<String, String>> team = new ArrayList<>();
        team.add(Map.of("username", Fixture.username(top), "role", "SPONSOR"));
        if (leader != null) {
            team.add(Map.of("username", leader, "role", "PROJECT_LEADER"));
        }
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kickoff", kickoff.toString());
        body.put("targetDate", target.toString());
        body.put("scopeOutline", "本社の全部門");
        body.put("certificationBodies", List.of("JQA", "BSI"));
        body.put("team", team);
        return body;
    }

    private JsonNode create(Api who, LocalDate kickoff) {
        Api.Reply created = who.post("/projects", project("ISMS認証取得 " + fixture.suffix, kickoff, kickoff.plusMonths(10),
                Fixture.username(who)));
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        return created.body();
    }

    private static String date(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, Object> dates(String start, String end, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("start", start);
        body.put("end", end);
        body.put("version", version);
        return body;
    }

    private static void complete(Api who, String taskId, String decision, String comment) {
        Map<String, String> body = new HashMap<>();
        body.put("decision", decision);
        if (comment != null) {
            body.put("comment", comment);
        }
        Api.Reply reply = who.post("/tasks/" + taskId + "/complete", body);
        assertThat(reply.status()).as("%s: %s", decision, reply.body()).isEqualTo(204);
    }

    @Test
    void createdAdjustedSubmittedReturnedApprovedThenTheBaselineIsFrozenAndProgressRecorded() {
        // given: the office creates a project that started a month ago; the system proposes the schedule
        LocalDate kickoff = TODAY.minusDays(30);
        JsonNode created = create(office, kickoff);
        long id = created.get("id").asLong();
        String key = created.get("key").asText();
        assertThat(key).matches("PJ-\\d{4}-\\d{2}");
        assertThat(created.get("status").asText()).isEqualTo("DRAFT");
        assertThat(created.get("steps")).hasSize(38);
        assertThat(date(Fixture.step(created, "I-01"), "plannedStart")).isEqualTo(kickoff.toString());
        assertThat(date(Fixture.step(created, "R-04"), "plannedEnd")).isEqualTo(kickoff.plusMonths(10).toString());
        assertThat(created.get("team").get(1).get("roleName").asText()).isEqualTo("プロジェクトリーダー");

        // when the office moves risk identification a week later
        JsonNode p04 = Fixture.step(created, "P-04");
        LocalDate p05Start = LocalDate.parse(date(Fixture.step(created, "P-05"), "plannedStart"));
        Api.Reply moved = office.put("/projects/" + id + "/schedule/P-04", dates(
                LocalDate.parse(date(p04, "plannedStart")).plusDays(7).toString(),
                LocalDate.parse(date(p04, "plannedEnd")).plusDays(7).toString(), created.get("lockVersion").asLong()));
        assertThat(moved.status()).as("%s", moved.body()).isEqualTo(200);
        // then what follows moves with it
        assertThat(date(Fixture.step(moved.body(), "P-05"), "plannedStart")).isEqualTo(p05Start.plusDays(7).toString());
        long version = moved.body().get("lockVersion").asLong();
        assertThat(version).isGreaterThan(created.get("lockVersion").asLong());

        // bad input: an end before the start, an unreadable date, a stale version, the wrong role
        Api.Reply backwards = office.put("/projects/" + id + "/schedule/P-04",
                dates(date(p04, "plannedEnd"), date(p04, "plannedStart"), version));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.error()).isEqualTo("schedule.endBeforeStart");
        assertThat(backwards.message()).contains("P-04").contains("終了日");
        Api.Reply unreadable = office.put("/projects/" + id + "/schedule/P-04", dates("2026-13-01", null, version));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.message()).contains("2026-13-01").contains("開始日");
        Api.Reply stale = office.put("/projects/" + id + "/schedule/P-04",
                dates(date(p04, "plannedStart"), date(p04, "plannedEnd"), created.get("lockVersion").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        Api employee = fixture.user("emp", "employee");
        assertThat(employee.get("/projects/" + id).status()).isEqualTo(403);
        assertThat(employee.get("/projects").status()).isEqualTo(403);
        assertThat(top.put("/projects/" + id + "/schedule/P-04", dates(date(p04, "plannedStart"), date(p04, "plannedEnd"),
                version)).status()).isEqualTo(403);
        assertThat(top.post("/projects/" + id + "/submit", Map.of()).status()).isEqualTo(403);
        assertThat(office.get("/projects/" + id).body().get("lockVersion").asLong()).isEqualTo(version);

        // when the office submits the kickoff
        assertThat(office.post("/projects/" + id + "/submit", Map.of("comment", "ご承認をお願いします")).status()).isEqualTo(201);
        assertThat(office.post("/projects/" + id + "/submit", Map.of()).status()).isEqualTo(409);
        JsonNode submitted = top.get("/projects/" + id).body();
        assertThat(submitted.get("status").asText()).isEqualTo("IN_APPROVAL");
        assertThat(submitted.get("approvalRunning").asBoolean()).isTrue();
        Api.Reply locked = office.put("/projects/" + id + "/schedule/P-04",
                dates(date(p04, "plannedStart"), date(p04, "plannedEnd"), null));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.error()).isEqualTo("project.lockedInApproval");

        // the office cannot approve: the task is top management's
        String approval = Fixture.taskId(top, key);
        assertThat(approval).isNotNull();
        assertThat(Fixture.taskId(office, key)).isNull();
        Api.Reply byOffice = office.post("/tasks/" + approval + "/complete", Map.of("decision", "approve"));
        assertThat(byOffice.status()).isEqualTo(403);

        // top management returns it, which needs a comment
        Api.Reply silent = top.post("/tasks/" + approval + "/complete", Map.of("decision", "return"));
        assertThat(silent.status()).isEqualTo(400);
        complete(top, approval, "return", "内部監査員を推進体制に加えてください");
        JsonNode returned = office.get("/projects/" + id).body();
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("revision").asInt()).isEqualTo(2);

        // the office revises the project and resubmits it from the task
        Map<String, Object> revised = project(returned.get("name").asText(), kickoff, kickoff.plusMonths(10),
                Fixture.username(office));
        @SuppressWarnings("unchecked")
        List<Map<String, String>> team = (List<Map<String, String>>) revised.get("team");
        team.add(Map.of("username", Fixture.username(office), "role", "INTERNAL_AUDITOR"));
        revised.put("version", returned.get("lockVersion").asLong());
        Api.Reply revision = office.put("/projects/" + id, revised);
        assertThat(revision.status()).as("%s", revision.body()).isEqualTo(200);
        assertThat(date(Fixture.step(revision.body(), "P-05"), "plannedStart")).as("adjustments kept")
                .isEqualTo(p05Start.plusDays(7).toString());
        complete(office, Fixture.taskId(office, key), "resubmit", "追加しました");

        // when top management approves
        complete(top, Fixture.taskId(top, key), "approve", "全社で取り組みます");

        // then the schedule is the baseline, and the decisions are all recorded with the hash of what was approved
        JsonNode approved = office.get("/projects/" + id).body();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("baselined").asBoolean()).isTrue();
        assertThat(approved.get("approvalRunning").asBoolean()).isFalse();
        assertThat(approved.get("team")).hasSize(3);
        for (JsonNode s : approved.get("steps")) {
            assertThat(date(s, "baselineStart")).as(s.get("code").asText()).isEqualTo(date(s, "plannedStart"));
            assertThat(date(s, "baselineEnd")).as(s.get("code").asText()).isEqualTo(date(s, "plannedEnd"));
        }
        List<String> decisions = new ArrayList<>();
        approved.get("decisions").forEach(d -> decisions.add(d.get("decision").asText() + "/" + d.get("actorRole").asText()
                + "/v" + d.get("version").asInt()));
        assertThat(decisions).containsExactly("SUBMIT/isms-office/v1", "RETURN/top-management/v1",
                "RESUBMIT/isms-office/v2", "APPROVE/top-management/v2");
        JsonNode approval2 = approved.get("decisions").get(3);
        assertThat(approval2.get("actorUsername").asText()).isEqualTo(Fixture.username(top));
        assertThat(approval2.get("comment").asText()).isEqualTo("全社で取り組みます");
        assertThat(approval2.get("contentSha256").asText()).matches("[0-9a-f]{64}")
                .isEqualTo(approved.get("approvedSha256").asText())
                .isNotEqualTo(approved.get("decisions").get(0).get("contentSha256").asText());

        // the baseline no longer changes; the office records what actually happened instead
        JsonNode i01 = Fixture.step(approved, "I-01");
        Api.Reply actual = office.put("/projects/" + id + "/schedule/I-01",
                dates(date(i01, "plannedStart"), date(i01, "plannedEnd"), approved.get("lockVersion").asLong()));
        assertThat(actual.status()).as("%s", actual.body()).isEqualTo(200);
        JsonNode afterActual = actual.body();
        assertThat(date(Fixture.step(afterActual, "I-01"), "actualEnd")).isEqualTo(date(i01, "plannedEnd"));
        assertThat(date(Fixture.step(afterActual, "I-01"), "baselineEnd")).isEqualTo(date(i01, "baselineEnd"));
        Api.Reply future = office.put("/projects/" + id + "/schedule/I-02",
                dates(TODAY.toString(), TODAY.plusDays(1).toString(), null));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.error()).isEqualTo("project.actual.inFuture");
        revised.remove("version");
        Api.Reply frozen = office.put("/projects/" + id, revised);
        assertThat(frozen.status()).isEqualTo(409);
        assertThat(frozen.error()).isEqualTo("schedule.baselined");

        // progress against the baseline: what is due and not done is late, per phase and in total
        int late = 0;
        for (JsonNode s : afterActual.get("steps")) {
            boolean due = LocalDate.parse(date(s, "baselineEnd")).isBefore(TODAY);
            boolean dueAndOpen = due && date(s, "actualEnd") == null;
            assertThat(s.get("late").asBoolean()).as(s.get("code").asText()).isEqualTo(dueAndOpen);
            late += dueAndOpen ? 1 : 0;
        }
        assertThat(late).isPositive();
        assertThat(afterActual.get("lateCount").asInt()).isEqualTo(late);
        JsonNode prep = afterActual.get("phases").get(0);
        assertThat(prep.get("phase").asText()).isEqualTo("PREP");
        assertThat(prep.get("actualComplete").asInt()).isEqualTo(1);
        assertThat(prep.get("plannedPercent").asInt()).isGreaterThan(prep.get("actualPercent").asInt());
    }

    @Test
    void nobodyApprovesTheKickoffTheySubmittedThemselves() {
        Api both = fixture.user("both", "isms-office", "top-management");
        JsonNode created = create(both, TODAY);
        String key = created.get("key").asText();
        assertThat(both.post("/projects/" + created.get("id").asLong() + "/submit", Map.of()).status()).isEqualTo(201);

        String approval = Fixture.taskId(both, key);
        Api.Reply own = both.post("/tasks/" + approval + "/complete", Map.of("decision", "approve"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.error()).isEqualTo("task.ownSubmission");
        assertThat(top.get("/projects/" + created.get("id").asLong()).body().get("status").asText()).isEqualTo("IN_APPROVAL");

        complete(top, approval, "approve", null);
        assertThat(top.get("/projects/" + created.get("id").asLong()).body().get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void badProjectsAreRefusedWithAMessageInTheCallersLanguage() {
        Map<String, Object> noName = project(" ", TODAY, TODAY.plusMonths(10), Fixture.username(office));
        Api.Reply nameless = office.post("/projects", noName);
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.message()).isEqualTo("「プロジェクト名」は必須です。");

        Api.Reply tooEarly = office.post("/projects", project("x", TODAY, TODAY.plusMonths(3), Fixture.username(office)));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(tooEarly.error()).isEqualTo("schedule.targetTooEarly");

        Api.Reply stranger = office.post("/projects", project("x", TODAY, TODAY.plusMonths(10), "nobody-" + fixture.suffix));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.message()).contains("nobody-" + fixture.suffix);

        Map<String, Object> badRole = project("x", TODAY, TODAY.plusMonths(10), null);
        badRole.put("team", List.of(Map.of("username", Fixture.username(office), "role", "KING")));
        assertThat(office.post("/projects", badRole).error()).isEqualTo("project.team.roleInvalid");

        Api.Reply byTop = top.post("/projects", project("x", TODAY, TODAY.plusMonths(10), null));
        assertThat(byTop.status()).isEqualTo(403);

        Api.Reply leaderless = office.post("/projects", project("x", TODAY, TODAY.plusMonths(10), null));
        assertThat(leaderless.status()).isEqualTo(201);
        Api.Reply submit = office.post("/projects/" + leaderless.body().get("id").asLong() + "/submit", Map.of());
        assertThat(submit.status()).isEqualTo(400);
        assertThat(submit.error()).isEqualTo("project.team.leaderRequired");
        assertThat(Fixture.taskId(top, leaderless.body().get("key").asText())).isNull();

        assertThat(office.get("/projects/987654321").status()).isEqualTo(404);
        Api.Reply list = office.get("/projects?name=" + fixture.suffix + "&max=5");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw().headers().firstValue("X-Total-Count")).isPresent();
    }

    @Test
    void theDemoCompanysProjectIsUnderWayWithALateStep() {
        assumeFalse(Deployments.onPostgres(), "the demo company exists on the embedded H2 start only");
        Api demoOffice = Api.as("office", "demo-password");
        JsonNode list = demoOffice.get("/projects?name=" + java.net.URLEncoder.encode("ISMS認証取得プロジェクト 2026",
                java.nio.charset.StandardCharsets.UTF_8)).body();
        assertThat(list).isNotEmpty();
        JsonNode demo = demoOffice.get("/projects/" + list.get(0).get("id").asLong()).body();
        assertThat(demo.get("status").asText()).isEqualTo("APPROVED");
        assertThat(demo.get("lateCount").asInt()).isPositive();
        assertThat(demo.get("phases").get(0).get("actualComplete").asInt()).isPositive();
        assertThat(demo.get("team")).hasSize(5);
        assertThat(demo.get("decisions")).hasSize(2);
    }
}
