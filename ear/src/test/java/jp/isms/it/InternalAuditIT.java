package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The internal audit through the REST API, on H2 and PostgreSQL: independence refused with the eligible auditors
 * named, the plan returned and approved (never by its own submitter), results recorded only by the auditor
 * assigned to the department, the report with its nonconformities, top management's review that freezes it,
 * and the PDFs.
 */
class InternalAuditIT extends AgainstTheApplication {

    Fixture fixture;
    String deptA;
    String deptB;

    @BeforeEach
    void twoDepartments() throws Exception {
        fixture = new Fixture();
        Fixture.admin(); // on PostgreSQL this is the first start: the company exists once admin has logged in
        deptA = "QA" + fixture.suffix.toUpperCase();
        deptB = "OP" + fixture.suffix.toUpperCase();
        String url = Deployments.onPostgres() ? System.getProperty("it.pg.url") : System.getProperty("it.h2.url");
        String user = Deployments.onPostgres() ? "isms" : "sa";
        try (Connection db = DriverManager.getConnection(url, user, user.equals("sa") ? "sa" : "isms");
                PreparedStatement insert = db.prepareStatement("insert into department (id, company_id, code, name, name_en)"
                        + " values (?, (select min(id) from company), ?, ?, ?)")) {
            // negative ids: never one the application's sequence hands out
            long id = -ThreadLocalRandom.current().nextLong(1_000_000, 1L << 40);
            for (String code : List.of(deptA, deptB)) {
                insert.setLong(1, id--);
                insert.setString(2, code);
                insert.setString(3, "監査テスト部 " + code);
                insert.setString(4, "Audit test " + code);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
        }
    }

    @Test
    void planApprovalResultsReportAndReviewWithIndependenceAndAuthorization() throws Exception {
        Api auditorA = fixture.userIn(deptA, "ia-a", "internal-auditor");
        Api auditorB = fixture.userIn(deptB, "ia-b", "internal-auditor");
        Api outsider = fixture.user("ia-c", "internal-auditor");
        Api lead = fixture.user("ia-lead", "internal-auditor", "ciso");
        Api ciso = fixture.user("ciso", "ciso");
        Api top = fixture.user("top", "top-management");
        String a = Fixture.username(auditorA);
        String b = Fixture.username(auditorB);
        String leadName = Fixture.username(lead);

        // independence: A may not audit their own department, and the screen's list says who may
        Api.Reply eligibility = lead.get("/audits/eligibility?department=" + deptA);
        assertThat(eligibility.status()).isEqualTo(200);
        assertThat(find(eligibility.body(), "username", a).get("eligible").asBoolean()).isFalse();
        assertThat(find(eligibility.body(), "username", a).get("reason").asText()).contains("自分の所属部門");
        assertThat(find(eligibility.body(), "username", b).get("eligible").asBoolean()).isTrue();
        Api.Reply refused = lead.post("/audits", plan(leadName, Map.of(deptA, a)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("audit.independence.ownDepartment");
        assertThat(refused.message()).contains("監査の独立性", b);

        Api.Reply created = lead.post("/audits", plan(leadName, Map.of(deptA, b, deptB, a)));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String no = created.body().get("auditNo").asText();
        assertThat(no).startsWith("IA-2031-");
        assertThat(created.body().get("status").asText()).isEqualTo("DRAFT");

        // only the lead auditor submits; the CISO who submitted may not approve their own plan
        assertThat(auditorB.post("/audits/" + no + "/submit", Map.of()).status()).isEqualTo(403);
        assertThat(lead.post("/audits/" + no + "/submit", Map.of("comment", "第1回")).status()).isEqualTo(200);
        String approval = Fixture.taskId(ciso, no, "Task_ApproveAuditPlan");
        Api.Reply own = lead.post("/tasks/" + approval + "/complete", Map.of("decision", "approve"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.error()).isEqualTo("task.ownSubmission");

        // returned with a comment, revised, resubmitted, approved
        Fixture.complete(ciso, approval, "return", "監査基準に社内規程を加えてください");
        assertThat(lead.get("/audits/" + no).body().get("status").asText()).isEqualTo("RETURNED");
        Map<String, Object> revised = new java.util.HashMap<>(plan(leadName, Map.of(deptA, b, deptB, a)));
        revised.put("criteria", "JIS Q 27001:2023、社内規程");
        assertThat(lead.put("/audits/" + no, revised).status()).isEqualTo(200);
        assertThat(lead.post("/audits/" + no + "/submit", Map.of()).status()).isEqualTo(200);
        Fixture.complete(ciso, Fixture.taskId(ciso, no, "Task_ApproveAuditPlan"), "approve", null);
        assertThat(lead.get("/audits/" + no).body().get("status").asText()).isEqualTo("APPROVED");

        // the checklists: one per department from clauses 4-10 and the applicable controls
        Api.Reply itemsA = lead.get("/audits/" + no + "/items?department=" + deptA + "&max=200");
        long perDepartment = Long.parseLong(itemsA.raw().headers().firstValue("X-Total-Count").orElseThrow());
        assertThat(perDepartment).isGreaterThanOrEqualTo(20);
        long itemA = find(itemsA.body(), "requirement", "9.2").get("id").asLong();
        long itemB = find(lead.get("/audits/" + no + "/items?department=" + deptB + "&requirement=7.2").body(),
                "requirement", "7.2").get("id").asLong();

        // only the auditor assigned to the department records its results
        Map<String, Object> major = Map.of("result", "MAJOR_NC", "evidence", "内部監査の記録が保管されていない",
                "interviewee", "部門長");
        assertThat(outsider.put("/audits/" + no + "/items/" + itemA, major).error()).isEqualTo("audit.notOnTheAudit");
        Api.Reply notTheirs = auditorA.put("/audits/" + no + "/items/" + itemA, major);
        assertThat(notTheirs.status()).isEqualTo(403);
        assertThat(notTheirs.error()).isEqualTo("audit.notAuditorOfDepartment");
        assertThat(auditorB.put("/audits/" + no + "/items/" + itemA, major).status()).isEqualTo(200);
        assertThat(auditorA.put("/audits/" + no + "/items/" + itemB, Map.of("result", "MINOR_NC", "evidence",
                "教育記録が一部欠落")).status()).isEqualTo(200);
        Api.Reply attached = auditorB.postFile("/audits/" + no + "/items/" + itemA + "/attachment", "text/plain",
                "面談メモ".getBytes(StandardCharsets.UTF_8));
        assertThat(attached.status()).as("%s", attached.body()).isEqualTo(200);
        long attachmentId = attached.body().get("attachmentId").asLong();
        assertThat(new String(lead.download("/audits/" + no + "/attachments/" + attachmentId).body(),
                StandardCharsets.UTF_8)).isEqualTo("面談メモ");
        assertThat(lead.get("/audits/" + no + "/items?result=MAJOR_NC").raw().headers().firstValue("X-Total-Count"))
                .hasValue("1");

        // the lead auditor submits the report; the nonconformities are numbered
        assertThat(auditorA.post("/audits/" + no + "/report", Map.of("summary", "x")).status()).isEqualTo(403);
        Api.Reply reported = lead.post("/audits/" + no + "/report", Map.of("summary", "不適合 2 件"));
        assertThat(reported.status()).as("%s", reported.body()).isEqualTo(200);
        JsonNode findings = reported.body().get("findings");
        assertThat(findings).hasSize(2);
        List<String> references = new ArrayList<>();
        findings.forEach(f -> references.add(f.get("reference").asText()));
        assertThat(references).containsExactlyInAnyOrder(no + " / 1", no + " / 2");

        // top management reviews with comments; afterwards the report cannot change
        Fixture.complete(top, Fixture.taskId(top, no, "Task_ReviewAuditReport"), "approve", "是正を急ぐこと");
        JsonNode reviewed = lead.get("/audits/" + no).body();
        assertThat(reviewed.get("status").asText()).isEqualTo("REVIEWED");
        assertThat(reviewed.get("reviewComment").asText()).isEqualTo("是正を急ぐこと");
        assertThat(reviewed.get("reportSha256").asText()).hasSize(64);
        assertThat(auditorB.put("/audits/" + no + "/items/" + itemA, Map.of("result", "CONFORMING")).status())
                .isEqualTo(409);
        List<String> decisions = new ArrayList<>();
        reviewed.get("decisions").forEach(d -> decisions.add(d.get("decision").asText()));
        assertThat(decisions).containsExactly("SUBMIT", "RETURN", "RESUBMIT", "APPROVE", "SUBMIT", "APPROVE");

        // the PDFs
        HttpResponse<byte[]> pdf = lead.download("/audits/" + no + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(text(pdf.body())).contains(no, "重大な不適合", "是正を急ぐこと", reviewed.get("reportSha256").asText());
        HttpResponse<byte[]> programme = lead.download("/audits/programmes/2031/pdf");
        assertThat(programme.statusCode()).isEqualTo(200);
        assertThat(text(programme.body())).contains("内部監査プログラム", no);
    }

    private Map<String, Object> plan(String lead, Map<String, String> assignments) {
        List<Map<String, String>> team = new ArrayList<>();
        assignments.forEach((department, auditor) -> team.add(Map.of("department", department, "auditor", auditor)));
        return Map.of("year", 2031, "title", "結合試験の監査 " + fixture.suffix, "scope", "試験部門",
                "criteria", "JIS Q 27001:2023", "startDate", "2031-09-01", "endDate", "2031-09-12", "leadAuditor", lead,
                "assignments", team);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.get(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + array);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
