package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scope and the policy through the REST API as the ISMS office, the CISO and top management use
 * them, with the rules the screens enforce; and the context and objectives lists. The company has one
 * scope and one policy, so each test starts from whatever version is newest and leaves no approval open.
 */
class ScopeAndPolicyIT extends AgainstTheApplication {

    Fixture fixture;
    Api office;
    Api ciso;
    Api top;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("office", "isms-office");
        ciso = fixture.user("ciso", "ciso");
        top = fixture.user("top", "top-management");
    }

    @Test
    void aScopeVersionIsReviewedByTheCisoApprovedByTopManagementAndThenFrozen() {
        JsonNode draft = draft(office, "/scopes");
        long id = draft.get("id").asLong();
        int versionNo = draft.get("versionNo").asInt();
        String previousApproved = approvedId("/scopes");

        // the office writes the scope; a stale copy and an exclusion without its reason are refused
        Api.Reply saved = office.put("/scopes/" + id, scope("本社および大阪支店 " + fixture.suffix, true,
                draft.get("lockVersion").asLong()));
        assertThat(saved.status()).as("%s", saved.body()).isEqualTo(200);
        assertThat(saved.body().get("content").get("sites")).hasSize(2);
        assertThat(saved.body().get("content").get("workforce").get(3).get("category").asText()).isEqualTo("OUTSOURCED");
        Api.Reply stale = office.put("/scopes/" + id, scope("古い画面から", true, draft.get("lockVersion").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.error()).isEqualTo("error.concurrentModification");
        Api.Reply noReason = office.put("/scopes/" + id, scope("理由なし", false, null));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.message()).contains("除外の理由");

        // only the office submits; then nobody edits the version in approval
        assertThat(ciso.post("/scopes/" + id + "/submit", Map.of()).status()).isEqualTo(403);
        assertThat(office.post("/scopes/" + id + "/submit", Map.of("comment", "初回提出")).status()).isEqualTo(201);
        assertThat(office.post("/scopes/" + id + "/submit", Map.of()).status()).isEqualTo(409);
        assertThat(status("/scopes/" + id)).isEqualTo("IN_APPROVAL");
        Api.Reply locked = office.put("/scopes/" + id, scope("承認中の変更", true, null));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.error()).isEqualTo("scope.lockedInApproval");

        // the CISO approves; top management cannot reject without a reason, rejects with one
        String key = "SCOPE-v" + versionNo;
        assertThat(Fixture.taskId(top, key)).as("top management waits for the CISO").isNull();
        Fixture.complete(ciso, Fixture.taskId(ciso, key), "approve", "確認しました");
        String approval = Fixture.taskId(top, key);
        assertThat(top.post("/tasks/" + approval + "/complete", Map.of("decision", "reject")).status()).isEqualTo(400);
        Fixture.complete(top, approval, "reject", "大阪支店の除外理由を明確にすること");
        assertThat(status("/scopes/" + id)).isEqualTo("RETURNED");

        // the office revises and resubmits; the CISO and top management approve
        assertThat(office.put("/scopes/" + id, scope("本社および大阪支店 (改訂) " + fixture.suffix, true, null)).status())
                .isEqualTo(200);
        Fixture.complete(office, Fixture.taskId(office, key), "resubmit", "除外理由を追記しました");
        Fixture.complete(ciso, Fixture.taskId(ciso, key), "approve", null);
        Fixture.complete(top, Fixture.taskId(top, key), "approve", "承認します");

        JsonNode approved = office.get("/scopes/" + id).body();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("approvedAt").asText()).isNotBlank();
        assertThat(approved.get("approvalRunning").asBoolean()).isFalse();
        List<String> decisions = new ArrayList<>();
        String lastSha = null;
        for (JsonNode d : approved.get("decisions")) {
            if (d.get("version").asInt() == versionNo) {
                decisions.add(d.get("decision").asText() + "/" + d.get("actorRole").asText());
                lastSha = d.get("contentSha256").asText();
            }
        }
        assertThat(decisions).containsExactly("SUBMIT/isms-office", "APPROVE/ciso", "REJECT/top-management",
                "RESUBMIT/isms-office", "APPROVE/ciso", "APPROVE/top-management");
        assertThat(approved.get("approvedSha256").asText()).matches("[0-9a-f]{64}").isEqualTo(lastSha)
                .isEqualTo(approved.get("contentSha256").asText());
        if (previousApproved != null) {
            assertThat(status("/scopes/" + previousApproved)).isEqualTo("SUPERSEDED");
        }

        // editing the approved version saves version n+1 as a draft; version n stays as approved
        Api.Reply edited = office.put("/scopes/" + id, scope("全社へ拡大 " + fixture.suffix, true, null));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("versionNo").asInt()).isEqualTo(versionNo + 1);
        assertThat(edited.body().get("status").asText()).isEqualTo("DRAFT");
        assertThat(edited.body().get("id").asLong()).isNotEqualTo(id);
        JsonNode still = office.get("/scopes/" + id).body();
        assertThat(still.get("status").asText()).isEqualTo("APPROVED");
        assertThat(still.get("content").get("statement").asText()).startsWith("本社および大阪支店 (改訂)");
        assertThat(still.get("contentSha256").asText()).isEqualTo(lastSha);
        List<Integer> versions = new ArrayList<>();
        office.get("/scopes").body().forEach(v -> versions.add(v.get("versionNo").asInt()));
        assertThat(versions).endsWith(versionNo, versionNo + 1);
    }

    @Test
    void everyoneReadsOnlyTheOfficeWritesAndNobodyApprovesTheirOwnSubmission() {
        Api employee = fixture.user("emp", "employee");
        JsonNode draft = draft(office, "/scopes");
        long id = draft.get("id").asLong();

        assertThat(employee.get("/scopes").status()).isEqualTo(200);
        assertThat(employee.get("/scopes/" + id).status()).isEqualTo(200);
        assertThat(employee.put("/scopes/" + id, scope("x", true, null)).status()).isEqualTo(403);
        assertThat(employee.post("/scopes", Map.of()).status()).isEqualTo(403);
        assertThat(employee.get("/scopes/999999999").status()).isEqualTo(404);
        assertThat(office.post("/scopes", Map.of()).status()).as("a draft is open already").isEqualTo(409);

        Api officeAndCiso = fixture.user("dual", "isms-office", "ciso");
        assertThat(officeAndCiso.put("/scopes/" + id, scope("兼務者の提出 " + fixture.suffix, true, null)).status())
                .isEqualTo(200);
        assertThat(officeAndCiso.post("/scopes/" + id + "/submit", Map.of()).status()).isEqualTo(201);
        String key = "SCOPE-v" + draft.get("versionNo").asInt();
        String review = Fixture.taskId(officeAndCiso, key);
        Api.Reply own = officeAndCiso.post("/tasks/" + review + "/complete", Map.of("decision", "approve"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.error()).isEqualTo("task.ownSubmission");
        assertThat(top.post("/tasks/" + review + "/complete", Map.of("decision", "approve")).status()).isEqualTo(403);
        assertThat(employee.post("/tasks/" + review + "/complete", Map.of("decision", "approve")).status()).isEqualTo(403);

        Fixture.complete(ciso, review, "approve", null);
        Fixture.complete(top, Fixture.taskId(top, key), "approve", null);
        assertThat(status("/scopes/" + id)).isEqualTo("APPROVED");
    }

    @Test
    void thePolicyGoesToTopManagementAloneAndIsFrozenOnceApproved() {
        JsonNode draft = draft(office, "/policies");
        long id = draft.get("id").asLong();
        String key = "POLICY-v" + draft.get("versionNo").asInt();
        Map<String, Object> text = Map.of("title", "情報セキュリティ基本方針", "body", "当社は… " + fixture.suffix,
                "effectiveDate", LocalDate.now().plusMonths(1).toString());

        assertThat(office.put("/policies/" + id, Map.of("title", " ", "body", "x")).status()).isEqualTo(400);
        assertThat(office.put("/policies/" + id, text).status()).isEqualTo(200);
        assertThat(ciso.put("/policies/" + id, text).status()).isEqualTo(403);
        assertThat(office.post("/policies/" + id + "/submit", Map.of()).status()).isEqualTo(201);
        assertThat(Fixture.taskId(ciso, key)).as("no CISO step for the policy").isNull();

        String approval = Fixture.taskId(top, key);
        assertThat(approval).isNotNull();
        Fixture.complete(top, approval, "approve", "方針を承認します");
        JsonNode approved = office.get("/policies/" + id).body();
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("content").get("body").asText()).endsWith(fixture.suffix);
        assertThat(approved.get("approvedSha256").asText()).matches("[0-9a-f]{64}");

        Api.Reply next = office.put("/policies/" + id, Map.of("title", "情報セキュリティ基本方針", "body", "改定案"));
        assertThat(next.body().get("versionNo").asInt()).isEqualTo(draft.get("versionNo").asInt() + 1);
        assertThat(office.get("/policies/" + id).body().get("content").get("body").asText()).endsWith(fixture.suffix);
    }

    @Test
    void contextAndObjectivesAreKeptByTheOfficeAndListedByTheDatabase() {
        Api employee = fixture.user("emp", "employee");
        String tag = "課題" + fixture.suffix;
        Api.Reply issue = office.post("/context/issues", Map.of("text", tag + " 人員不足", "kind", "internal",
                "category", "人材", "department", "GA", "lastReviewed", "2026-04-01"));
        assertThat(issue.status()).as("%s", issue.body()).isEqualTo(201);
        office.post("/context/issues", Map.of("text", tag + " 自然災害", "kind", "EXTERNAL", "category", "災害"));
        assertThat(office.post("/context/issues", Map.of("kind", "INTERNAL")).status()).isEqualTo(400);
        assertThat(employee.post("/context/issues", Map.of("text", "x", "kind", "INTERNAL")).status()).isEqualTo(403);

        Api.Reply external = employee.get("/context/issues?kind=external&text=" + fixture.suffix + "&sort=text");
        assertThat(external.status()).isEqualTo(200);
        assertThat(external.raw().headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(external.body().get(0).get("text").asText()).isEqualTo(tag + " 自然災害");

        long issueId = issue.body().get("id").asLong();
        long lock = issue.body().get("lockVersion").asLong();
        Map<String, Object> change = new HashMap<>(Map.of("text", tag + " 人員不足 (見直し)", "kind", "INTERNAL",
                "lockVersion", lock));
        assertThat(office.put("/context/issues/" + issueId, change).status()).isEqualTo(200);
        assertThat(office.put("/context/issues/" + issueId, change).status()).as("stale").isEqualTo(409);

        assertThat(office.post("/context/parties", Map.of("name", "顧客 " + fixture.suffix, "requirements",
                "個人情報の適切な管理", "howAddressed", "ISMS")).status()).isEqualTo(201);
        Api.Reply parties = employee.get("/context/parties?name=" + fixture.suffix);
        assertThat(parties.body()).hasSize(1);

        String owner = Fixture.username(office);
        assertThat(office.post("/objectives", objective("x", "nobody-" + fixture.suffix, -1)).status()).isEqualTo(400);
        assertThat(office.post("/objectives", objective("遅れ " + fixture.suffix, owner, -3)).status()).isEqualTo(201);
        assertThat(office.post("/objectives", objective("順調 " + fixture.suffix, owner, 30)).status()).isEqualTo(201);
        Api.Reply overdue = employee.get("/objectives?overdue=true&objective=" + fixture.suffix);
        assertThat(overdue.body()).hasSize(1);
        assertThat(overdue.body().get(0).get("overdue").asBoolean()).isTrue();
        assertThat(overdue.body().get(0).get("objective").asText()).startsWith("遅れ");
        Api.Reply all = employee.get("/objectives?objective=" + fixture.suffix + "&sort=dueDate&asc=false");
        assertThat(all.raw().headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(all.body().get(0).get("overdue").asBoolean()).isFalse();
    }

    // ------------------------------------------------------------------ helpers

    /** The newest version if it is still open, else a new one (a copy of the approved one, or version 1). */
    private JsonNode draft(Api office, String path) {
        JsonNode versions = office.get(path).body();
        if (versions.size() > 0) {
            JsonNode newest = versions.get(versions.size() - 1);
            String status = newest.get("status").asText();
            if (status.equals("DRAFT") || status.equals("RETURNED")) {
                return office.get(path + "/" + newest.get("id").asLong()).body();
            }
            assertThat(status).as("no approval left open by another test").isEqualTo("APPROVED");
        }
        Object body = path.equals("/policies") && versions.size() == 0
                ? Map.of("title", "情報セキュリティ基本方針", "body", "初版") : null;
        Api.Reply created = office.post(path, body == null ? Map.of() : body);
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        return created.body();
    }

    private String approvedId(String path) {
        for (JsonNode v : office.get(path).body()) {
            if (v.get("status").asText().equals("APPROVED")) {
                return v.get("id").asText();
            }
        }
        return null;
    }

    private String status(String path) {
        return office.get(path).body().get("status").asText();
    }

    private static Map<String, Object> scope(String statement, boolean justified, Long lockVersion) {
        Map<String, Object> body = new HashMap<>();
        body.put("statement", statement);
        body.put("units", List.of(Map.of("code", "IT", "name", "情報システム部", "inScope", true),
                Map.of("name", "営業部", "inScope", true, "note", "東京・大阪")));
        body.put("sites", List.of(Map.of("name", "本社", "address", "東京都千代田区", "inScope", true),
                Map.of("name", "大阪支店", "address", "大阪市北区", "inScope", false)));
        body.put("workforce", List.of(Map.of("category", "REGULAR", "inScope", true),
                Map.of("category", "CONTRACT", "inScope", true), Map.of("category", "DISPATCHED", "inScope", true),
                Map.of("category", "OUTSOURCED", "inScope", false, "note", "委託契約で管理")));
        body.put("systems", List.of(Map.of("name", "顧客管理システム", "description", "SaaS", "inScope", true)));
        body.put("exclusions", List.of(justified ? Map.of("subject", "大阪支店", "justification", "独立した事業のため")
                : Map.of("subject", "大阪支店")));
        if (lockVersion != null) {
            body.put("lockVersion", lockVersion);
        }
        return body;
    }

    private static Map<String, Object> objective(String text, String owner, int dueInDays) {
        return Map.of("objective", text, "measure", "受講率", "target", "100%", "owner", owner, "dueDate",
                LocalDate.now().plusDays(dueInDays).toString(), "status", "IN_PROGRESS", "achievement", 50);
    }
}
