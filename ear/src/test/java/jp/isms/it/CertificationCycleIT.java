package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The certification cycle from outside: the CISO dashboard's data through REST (and who may see it), the demo
 * company's first surveillance year on H2, and the iCalendar feed opened by a token that can be regenerated and
 * revoked.
 */
class CertificationCycleIT extends AgainstTheApplication {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    Fixture fixture;

    @BeforeEach
    void people() {
        fixture = new Fixture();
    }

    @Test
    void theDashboardIsForTheCisoTheOfficeAndTopManagementOnly() {
        for (String role : List.of("ciso", "isms-office", "top-management")) {
            Api.Reply reply = fixture.user("viewer-" + role, role).get("/cycle/dashboard");
            assertThat(reply.status()).as(role).isEqualTo(200);
            assertThat(reply.body().get("timeline").isArray()).isTrue();
            assertThat(reply.body().get("overdue").isArray()).isTrue();
            assertThat(reply.body().get("today").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        }
        Api.Reply employee = fixture.user("worker", "employee").get("/cycle/dashboard");
        assertThat(employee.status()).isEqualTo(403);
        assertThat(employee.message()).contains("CISO");
        assertThat(Api.anonymous().get("/cycle/dashboard").status()).isEqualTo(401);
    }

    @Test
    void theDemoCompanyIsInItsFirstSurveillanceYear() {
        assumeFalse(Deployments.onPostgres(), "the demo company exists on the embedded H2 start only");
        JsonNode view = Api.as("ciso", "demo-password").get("/cycle/dashboard").body();

        // (another test may have approved a scope version since: its scope-change audit would come first)
        JsonNode next = view.get("nextAudit");
        assertThat(next.get("cycleNumber").asInt()).isEqualTo(1);
        assertThat(next.get("certificateNumber").asText()).isEqualTo("IS 123456");
        assertThat(next.get("certificateExpiry").asText()).isEqualTo("2029-02-15");
        List<String> items = new ArrayList<>();
        view.get("timeline").forEach(i -> items.add(i.get("kind").asText() + " " + i.get("start").asText()
                + (i.hasNonNull("end") ? " " + i.get("end").asText() : "") + " " + i.get("title").asText()));
        assertThat(items).contains("CERTIFICATE 2026-02-16 2029-02-15 認証登録 IS 123456 (サイクル1)",
                "AUDIT 2027-02-16 第1回維持審査 (サイクル1)",
                "AUDIT_PREPARATION 2026-12-22 準備開始: 第1回維持審査 (サイクル1)",
                "AUDIT 2028-02-16 第2回維持審査 (サイクル1)", "AUDIT 2029-02-08 更新審査 (サイクル1)");
    }

    @Test
    void aScopeApprovedAfterCertificationAsksTheRunningCycleForAScopeChangeAudit() {
        assumeFalse(Deployments.onPostgres(), "the certified demo company exists on the embedded H2 start only");
        Api office = Api.as("office", "demo-password");
        Api ciso = Api.as("ciso", "demo-password");
        Api top = Api.as("top", "demo-password");
        int before = arrangeTasks(office);

        // a new scope version (e.g. a new site) goes through its approval
        JsonNode versions = office.get("/scopes").body();
        JsonNode newest = versions.get(versions.size() - 1);
        long id = List.of("DRAFT", "RETURNED").contains(newest.get("status").asText()) ? newest.get("id").asLong()
                : office.post("/scopes", java.util.Map.of()).body().get("id").asLong();
        int versionNo = office.get("/scopes/" + id).body().get("versionNo").asInt();
        assertThat(office.post("/scopes/" + id + "/submit", java.util.Map.of("comment", "新拠点")).status()).isEqualTo(201);
        String key = "SCOPE-v" + versionNo;
        Fixture.complete(ciso, Fixture.taskId(ciso, key), "approve", null);
        assertThat(arrangeTasks(office)).as("nothing before the scope is approved").isEqualTo(before);
        Fixture.complete(top, Fixture.taskId(top, key), "approve", null);

        // the cycle now waits for the office to arrange the scope-change audit, which comes first on the dashboard
        assertThat(arrangeTasks(office)).isEqualTo(before + 1);
        JsonNode next = ciso.get("/cycle/dashboard").body().get("nextAudit");
        assertThat(next.get("title").asText()).isEqualTo("適用範囲変更審査 (サイクル1)");
        assertThat(next.hasNonNull("plannedDate")).as("dated once agreed with the body").isFalse();
    }

    private static int arrangeTasks(Api office) {
        int count = 0;
        for (JsonNode task : office.get("/tasks?businessKey=CYCLE-1").body()) {
            if ("Task_ArrangeScopeChangeAudit".equals(task.get("taskKey").asText())) {
                count++;
            }
        }
        return count;
    }

    @Test
    void theCalendarFeedOpensWithATokenAndClosesWhenItIsRegeneratedOrRevoked() throws Exception {
        Api user = fixture.user("calendar", "ciso");
        assertThat(user.get("/cycle/calendar-token").body().get("active").asBoolean()).isFalse();

        String first = user.post("/cycle/calendar-token", null).body().get("url").asText();
        assertThat(first).contains("/api/calendar/").endsWith(".ics");
        HttpResponse<String> feed = fetch(first);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        String ics = feed.body();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = ics.replace("\r\n ", "");
        if (!Deployments.onPostgres()) {
            assertThat(unfolded).contains("DTSTART;VALUE=DATE:20270216", "SUMMARY:第1回維持審査 (サイクル1)", "UID:cycle-audit-");
        }
        assertThat(count(unfolded, "BEGIN:VEVENT")).isEqualTo(count(unfolded, "DTSTAMP:"));
        assertThat(user.get("/cycle/calendar-token").body().get("active").asBoolean()).isTrue();

        // regenerating: the old URL stops working, the new one works
        String second = user.post("/cycle/calendar-token", null).body().get("url").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(fetch(first).statusCode()).isEqualTo(404);
        assertThat(fetch(second).statusCode()).isEqualTo(200);

        // revoking: nothing works any more; a made-up token neither
        assertThat(user.delete("/cycle/calendar-token").status()).isEqualTo(204);
        assertThat(fetch(second).statusCode()).isEqualTo(404);
        assertThat(user.delete("/cycle/calendar-token").status()).isEqualTo(404);
        assertThat(fetch(Api.baseUrl() + "/api/calendar/not-a-token.ics").statusCode()).isEqualTo(404);
        assertThat(Api.anonymous().post("/cycle/calendar-token", null).status()).isEqualTo(401);
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private static HttpResponse<String> fetch(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
