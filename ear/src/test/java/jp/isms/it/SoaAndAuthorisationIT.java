package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Statement of Applicability and the management authorisation through the REST API: editing with its
 * rules, the approval by the CISO and top management, the PDF/A and Excel files, the authorisation that
 * keeps each document's hash, and how a new approved version makes that authorisation outdated.
 */
class SoaAndAuthorisationIT extends AgainstTheApplication {

    private static final String SOA_KEY = "ISMS-SOA";

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
    void theStatementIsApprovedDownloadedAndAuthorisedUntilANewVersionMakesTheAuthorisationOutdated() throws Exception {
        String assessment = approvedAssessment();

        // the risk documents of the approved assessment
        for (String document : List.of("report.pdf", "residual-risks.pdf", "treatment-plan.pdf")) {
            HttpResponse<byte[]> pdf = office.download("/risk-assessments/" + assessment + "/" + document);
            assertThat(pdf.statusCode()).as(document).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(text(pdf.body())).contains(assessment, "株式会社");
        }
        String acceptedSha = office.get("/risk-assessments/" + assessment).body().get("approvedSha256").asText();
        assertThat(text(office.download("/risk-assessments/" + assessment + "/residual-risks.pdf").body()))
                .contains("残留リスク一覧", acceptedSha);

        // editing: an exclusion needs a reason, risks must exist, only the office edits
        Api.Reply noReason = office.put("/soa/entries/8.30", entry(false, "  ", null, List.of()));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.error()).isEqualTo("soa.entry.exclusionNeedsReason");
        assertThat(noReason.message()).contains("8.30");
        assertThat(office.put("/soa/entries/5.15", entry(true, "x", "PLANNED", List.of("R-999"))).error())
                .isEqualTo("soa.entry.unknownRisk");
        assertThat(ciso.put("/soa/entries/5.15", entry(true, "x", "PLANNED", List.of())).status()).isEqualTo(403);

        Api.Reply excluded = office.put("/soa/entries/8.30", entry(false, "ソフトウェア開発を外部に委託していないため", null, List.of()));
        assertThat(excluded.status()).as("%s", excluded.body()).isEqualTo(200);
        int version = excluded.body().get("version").asInt();
        Api.Reply linked = office.put("/soa/entries/5.15", entry(true, "リスク R-001 への対応", "PARTIALLY_IMPLEMENTED", List.of("R-001")));
        assertThat(linked.status()).as("%s", linked.body()).isEqualTo(200);
        assertThat(linked.body().get("version").asInt()).isEqualTo(version);
        JsonNode line = office.get("/soa/entries/5.15").body();
        assertThat(line.get("riskNos").get(0).asText()).isEqualTo("R-001");
        assertThat(line.get("status").asText()).isEqualTo("PARTIALLY_IMPLEMENTED");

        // the table filters in the database
        Api.Reply physical = office.get("/soa/entries?theme=physical");
        assertThat(physical.raw().headers().firstValue("X-Total-Count")).hasValue("14");
        Api.Reply excludedOnly = office.get("/soa/entries?applicable=false");
        assertThat(excludedOnly.body().findValuesAsText("controlId")).contains("8.30");
        assertThat(office.get("/soa/entries").raw().headers().firstValue("X-Total-Count")).hasValue("93");

        // approval: nobody approves their own submission; a return needs a comment
        Api officeCiso = fixture.user("officeciso", "isms-office", "ciso");
        assertThat(officeCiso.post("/soa/approval", Map.of("comment", "第" + version + "版")).status()).isEqualTo(201);
        assertThat(office.put("/soa/entries/5.1", entry(true, "x", "IMPLEMENTED", List.of())).error()).isEqualTo("soa.lockedInApproval");
        String review = Fixture.taskId(ciso, SOA_KEY);
        assertThat(review).isNotNull();
        Api.Reply own = officeCiso.post("/tasks/" + review + "/complete", Map.of("decision", "approve"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.error()).isEqualTo("task.ownSubmission");
        complete(ciso, review, "approve", null);
        String approval = Fixture.taskId(top, SOA_KEY);
        assertThat(top.post("/tasks/" + approval + "/complete", Map.of("decision", "return", "comment", "")).status()).isEqualTo(400);
        complete(top, approval, "approve", "承認します");

        JsonNode soa = office.get("/soa").body();
        assertThat(soa.get("status").asText()).isEqualTo("APPROVED");
        assertThat(soa.get("version").asInt()).isEqualTo(version);
        String soaSha = soa.get("approvedSha256").asText();
        JsonNode decisions = soa.get("decisions");
        assertThat(decisions.get(decisions.size() - 1).get("contentSha256").asText()).isEqualTo(soaSha);

        // the files
        long start = System.nanoTime();
        HttpResponse<byte[]> pdf = office.download("/soa/" + version + "/pdf");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        System.out.printf("SoA PDF over HTTP: %d bytes in %d ms%n", pdf.body().length, millis);
        String pdfText = text(pdf.body()).replaceAll("\\s+", " ");
        assertThat(pdfText).contains("適用宣言書", SOA_KEY, "ソフトウェア開発を外部に委託していないため", "top " + fixture.suffix)
                .doesNotContain("未承認");
        for (String control : List.of("5.1", "5.37", "6.8", "7.14", "8.30", "8.34")) {
            assertThat(pdfText).containsPattern("\\s" + control.replace(".", "\\.") + "\\s");
        }
        HttpResponse<byte[]> xlsx = office.download("/soa/" + version + "/xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(93);
            Row row830 = null;
            for (Row row : sheet) {
                if ("8.30".equals(row.getCell(1).getStringCellValue())) {
                    row830 = row;
                }
            }
            assertThat(row830).isNotNull();
            assertThat(row830.getCell(3).getStringCellValue()).isEqualTo("除外");
        }

        // the authorisation attaches the documents in force with their hashes
        assertThat(ciso.post("/authorisations", Map.of()).status()).isEqualTo(403);
        Api.Reply requested = office.post("/authorisations", Map.of("comment", "ISMSの導入及び運用の承認をお願いします"));
        assertThat(requested.status()).as("%s", requested.body()).isEqualTo(201);
        String requestNo = requested.body().get("requestNo").asText();
        Map<String, JsonNode> attached = byKind(requested.body().get("documents"));
        assertThat(attached).containsOnlyKeys("SOA", "RISK_TREATMENT_PLAN", "RESIDUAL_RISKS");
        assertThat(attached.get("SOA").get("sha256").asText()).isEqualTo(soaSha);
        assertThat(attached.get("SOA").get("version").asInt()).isEqualTo(version);
        assertThat(attached.get("RESIDUAL_RISKS").get("sha256").asText()).isEqualTo(acceptedSha);
        assertThat(attached.get("RISK_TREATMENT_PLAN").get("key").asText()).isEqualTo(assessment);
        assertThat(office.post("/authorisations", Map.of()).error()).isEqualTo("authorisation.requestRunning");

        String authorise = Fixture.taskId(top, requestNo);
        assertThat(authorise).isNotNull();
        assertThat(office.post("/tasks/" + authorise + "/complete", Map.of("decision", "approve")).status()).isEqualTo(403);
        assertThat(top.post("/tasks/" + authorise + "/complete", Map.of("decision", "return")).status()).isEqualTo(400);
        complete(top, authorise, "approve", null);
        JsonNode authorisation = office.get("/authorisations/" + requestNo).body();
        assertThat(authorisation.get("status").asText()).isEqualTo("AUTHORISED");
        assertThat(authorisation.get("outdated").asBoolean()).isFalse();
        assertThat(authorisation.get("decidedBy").asText()).isEqualTo(Fixture.username(top));
        JsonNode authorised = authorisation.get("decisions").get(authorisation.get("decisions").size() - 1);
        assertThat(authorised.get("decision").asText()).isEqualTo("APPROVE");
        assertThat(authorised.get("contentSha256").asText()).isEqualTo(authorisation.get("contentSha256").asText());

        // a new approved version of the statement makes the authorisation outdated
        int next = office.put("/soa/entries/5.7", entry(true, "脅威インテリジェンスの収集を開始", "IMPLEMENTED", List.of()))
                .body().get("version").asInt();
        assertThat(next).isEqualTo(version + 1);
        assertThat(office.get("/authorisations/" + requestNo).body().get("outdated").asBoolean())
                .as("a draft changes nothing yet").isFalse();
        assertThat(office.post("/soa/approval", Map.of()).status()).isEqualTo(201);
        complete(ciso, Fixture.taskId(ciso, SOA_KEY), "approve", null);
        complete(top, Fixture.taskId(top, SOA_KEY), "approve", null);
        JsonNode outdated = office.get("/authorisations/" + requestNo).body();
        assertThat(outdated.get("outdated").asBoolean()).isTrue();
        Map<String, JsonNode> now = byKind(outdated.get("documents"));
        assertThat(now.get("SOA").get("changed").asBoolean()).isTrue();
        assertThat(now.get("SOA").get("currentVersion").asInt()).isEqualTo(next);
        assertThat(now.get("RESIDUAL_RISKS").get("changed").asBoolean()).isFalse();
        assertThat(office.get("/soa?version=" + version).body().get("status").asText()).isEqualTo("SUPERSEDED");
    }

    @Test
    void everyCallChecksTheCallersRole() {
        Api employee = fixture.user("employee", "employee");
        Api deptHead = fixture.user("depthead", "dept-head");
        assertThat(Api.anonymous().get("/soa").status()).isEqualTo(401);
        assertThat(employee.get("/soa").status()).isEqualTo(403);
        assertThat(employee.download("/soa/latest/pdf").statusCode()).isEqualTo(403);
        assertThat(employee.get("/authorisations").status()).isEqualTo(403);
        assertThat(deptHead.put("/soa/entries/5.1", entry(true, "x", "IMPLEMENTED", List.of())).status()).isEqualTo(403);
        assertThat(deptHead.post("/soa/approval", Map.of()).status()).isEqualTo(403);
        assertThat(top.post("/authorisations", Map.of()).status()).isEqualTo(403);
        assertThat(employee.download("/risk-assessments/RA-2026-01/report.pdf").statusCode()).isEqualTo(403);
    }

    /** A new assessment, approved through the full approval chain, that is the current one (highest key). */
    private String approvedAssessment() {
        String key = "RA-99" + (50 + ThreadLocalRandom.current().nextInt(49)) + "-"
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        assertThat(office.post("/risk-assessments", Map.of("businessKey", key, "title", "ISMS承認用 " + fixture.suffix))
                .status()).isEqualTo(201);
        Fixture.addRisk(office, key, "顧客DB", "不正アクセス", "MFA未導入", 4, 5, 2, 3);
        Fixture.addRisk(office, key, "ノートPC", "紛失", "暗号化なし", 3, 4, 1, 2);
        assertThat(office.post("/risk-assessments/" + key + "/approval", Map.of()).status()).isEqualTo(201);
        // the risks have no department: the CISO confirms in the risk owner's place, the office consolidates,
        // the CISO reviews; both residual risks are low, so nothing needs top management after that
        complete(ciso, Fixture.taskId(ciso, key, "Task_ConfirmByDepartment"), "approve", null);
        complete(office, Fixture.taskId(office, key, "Task_ConsolidateByOffice"), "resubmit", null);
        complete(ciso, Fixture.taskId(ciso, key, "Task_ReviewByCiso"), "approve", null);
        assertThat(office.get("/risk-assessments/" + key).body().get("status").asText()).isEqualTo("APPROVED");
        return key;
    }

    private static Map<String, Object> entry(boolean applicable, String justification, String status, List<String> risks) {
        Map<String, Object> body = new HashMap<>();
        body.put("applicable", applicable);
        body.put("justification", justification);
        body.put("status", status);
        body.put("riskNos", risks);
        body.put("internalRules", List.of("情報セキュリティ管理規程 (ISMS-R-001)"));
        return body;
    }

    private static Map<String, JsonNode> byKind(JsonNode documents) {
        Map<String, JsonNode> byKind = new HashMap<>();
        documents.forEach(d -> byKind.put(d.get("kind").asText(), d));
        return byKind;
    }

    private static void complete(Api user, String taskId, String decision, String comment) {
        assertThat(taskId).as("open task").isNotNull();
        Api.Reply reply = user.post("/tasks/" + taskId + "/complete",
                comment == null ? Map.of("decision", decision) : Map.of("decision", decision, "comment", comment));
        assertThat(reply.status()).as("%s on %s: %s", decision, taskId, reply.body()).isEqualTo(204);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
