package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Certification through the REST API: the bodies' quotes with the computed total, the choice approved by the
 * CISO then top management (never by its submitter), the readiness check that blocks the application, and the
 * certificate with its PDF. On H2 the demo company is certified (IS 123456 of 2026-02-16); on PostgreSQL it
 * has nothing approved, so applying is refused with what is missing. The audit process's paths are covered by
 * the process tests.
 */
class CertificationAuditIT extends AgainstTheApplication {

    Fixture fixture;
    Api office;
    Api ciso;
    Api top;
    Api employee;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("certoffice", "isms-office");
        ciso = fixture.user("certciso", "ciso");
        top = fixture.user("certtop", "top-management");
        employee = fixture.user("certemployee", "employee");
    }

    @Test
    void quotesAreComparedAndTheChoiceIsApprovedByTheCisoThenTopManagementNeverByItsSubmitter() {
        // only the ISMS office registers; employees do not see prices
        assertThat(employee.get("/certification/bodies").status()).isEqualTo(403);
        assertThat(ciso.post("/certification/bodies", body("審査機関X " + fixture.suffix, "7", 150000)).status()).isEqualTo(403);
        assertThat(office.post("/certification/bodies", body("審査機関Y " + fixture.suffix, "0", 150000)).error())
                .isEqualTo("certification.quote.manDaysRequired");

        Api.Reply registered = office.post("/certification/bodies", body("審査機関Z " + fixture.suffix, "6.5", 172000));
        assertThat(registered.status()).as("%s", registered.body()).isEqualTo(201);
        long bodyId = registered.body().get("id").asLong();
        assertThat(registered.body().get("totalYen").asLong()).isEqualTo(1_118_000L);
        JsonNode mine = find(office.get("/certification/bodies").body(), bodyId);
        assertThat(mine.get("supports27017").asBoolean()).isTrue();

        // a submitter who is also CISO cannot review their own choice
        Api officeCiso = fixture.user("certofficeciso", "isms-office", "ciso");
        Api.Reply submitted = officeCiso.post("/certification/selections", Map.of("bodyId", bodyId, "reason", "27017対応と時期"));
        assertThat(submitted.status()).as("%s", submitted.body()).isEqualTo(201);
        String key = "CB-SELECTION-" + submitted.body().get("id").asLong();
        assertThat(office.post("/certification/selections", Map.of("bodyId", bodyId, "reason", "二重")).error())
                .isEqualTo("certification.selection.running");
        String review = Fixture.taskId(ciso, key, "Task_ReviewSelectionByCiso");
        Api.Reply own = officeCiso.post("/tasks/" + review + "/complete", Map.of("decision", "approve"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.error()).isEqualTo("task.ownSubmission");
        assertThat(Fixture.taskId(employee, key)).isNull();

        Fixture.complete(ciso, review, "approve", "妥当");
        assertThat(Fixture.taskId(ciso, key)).isNull();
        Fixture.complete(top, Fixture.taskId(top, key, "Task_ApproveSelection"), "approve", null);

        JsonNode selection = find(office.get("/certification/selections").body(), submitted.body().get("id").asLong());
        assertThat(selection.get("status").asText()).isEqualTo("APPROVED");
        assertThat(selection.get("decisions")).hasSize(3);
        assertThat(selection.get("decisions").get(1).get("actorRole").asText()).isEqualTo("ciso");
        assertThat(find(office.get("/certification/bodies").body(), bodyId).get("selected").asBoolean()).isTrue();
    }

    @Test
    void theApplicationIsBlockedWhileNotReady_theCisoMayAllowTheFastestPathButDocumentsStayRequired() {
        JsonNode checks = office.get("/certification/readiness").body();
        assertThat(checks.findValuesAsText("key")).containsExactly("scope", "policy", "riskAssessment", "soa",
                "internalAudit", "managementReview");
        assertThat(office.put("/certification/readiness", Map.of("internalAuditForStage1", false, "reviewForStage1", false))
                .status()).isEqualTo(403);
        JsonNode fastest = ciso.put("/certification/readiness", Map.of("internalAuditForStage1", false, "reviewForStage1", false)).body();
        assertThat(fastest.get(4).get("requiredForStage1").asBoolean()).isFalse();
        assertThat(fastest.get(5).get("requiredForStage1").asBoolean()).isFalse();

        Api.Reply applied = office.post("/certification/audits", Map.of("date", "2026-12-01"));
        if (Deployments.onPostgres()) {
            // nothing is approved on the empty database: refused, saying what is missing
            assertThat(applied.status()).isEqualTo(applied.error().equals("certification.apply.noBody") ? 409 : 400);
            assertThat(applied.message()).isNotBlank();
        } else {
            // the demo company is certified already: no second initial audit
            assertThat(applied.status()).isEqualTo(409);
            assertThat(applied.error()).isEqualTo("certification.apply.running");
        }
        assertThat(ciso.post("/certification/audits", Map.of("date", "2026-12-01")).status()).isEqualTo(403);
        ciso.put("/certification/readiness", Map.of("internalAuditForStage1", true, "reviewForStage1", true));
    }

    @Test
    void theDemoCompanyIsCertified_itsCertificateTakesAPdfAndSaysWhereTheMarkMayBeUsed() {
        if (Deployments.onPostgres()) {
            assertThat(office.get("/certification/certificates").body()).isEmpty();
            assertThat(office.get("/certification/status").body().get("status").asText()).isEqualTo("NONE");
            assertThat(office.post("/certification/certificates",
                    Map.of("number", "IS 1", "edition", "JIS_Q_27001_2023", "issueDate", "2026-02-16")).error())
                    .isEqualTo("certification.certificate.noRecommendation");
            return;
        }
        JsonNode status = office.get("/certification/status").body();
        assertThat(status.get("status").asText()).isEqualTo("CERTIFIED");
        assertThat(status.get("passedNotYetCertified").asBoolean()).isFalse();

        JsonNode certificate = office.get("/certification/certificates").body().get(0);
        assertThat(certificate.get("number").asText()).isEqualTo("IS 123456");
        assertThat(certificate.get("standardEdition").asText()).isEqualTo("JIS Q 27001:2023");
        assertThat(certificate.get("issueDate").asText()).isEqualTo("2026-02-16");
        assertThat(certificate.get("expiryDate").asText()).isEqualTo("2029-02-15");
        assertThat(certificate.get("scopeVersionNo").asInt()).isEqualTo(1);
        long id = certificate.get("id").asLong();

        JsonNode audit = office.get("/certification/audits").body().get(0);
        assertThat(audit.get("status").asText()).isEqualTo("CERTIFICATE_ISSUED");
        assertThat(audit.get("findings").findValuesAsText("grade")).contains("MINOR", "OBSERVATION");
        assertThat(audit.get("interviews")).hasSize(3);

        Api.Reply notPdf = office.postFile("/certification/certificates/" + id + "/file", "application/pdf",
                "hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.error()).isEqualTo("certification.certificate.notPdf");
        byte[] pdf = "%PDF-1.7\n% certificate IS 123456\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(ciso.postFile("/certification/certificates/" + id + "/file", "application/pdf", pdf).status()).isEqualTo(403);
        Api.Reply uploaded = office.postFile("/certification/certificates/" + id + "/file", "application/pdf", pdf);
        assertThat(uploaded.status()).as("%s", uploaded.body()).isEqualTo(200);
        assertThat(uploaded.body().get("fileSha256").asText()).hasSize(64);
        HttpResponse<byte[]> download = top.download("/certification/certificates/" + id + "/file");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(employee.download("/certification/certificates/" + id + "/file").statusCode()).isEqualTo(403);
    }

    private static Map<String, Object> body(String name, String manDays, long dayRate) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("accreditation", "ISMS-AC");
        body.put("manDays", new java.math.BigDecimal(manDays));
        body.put("dayRateYen", dayRate);
        body.put("supports27017", true);
        body.put("availableDates", "2026年1月");
        return body;
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode node : list) {
            if (node.get("id").asLong() == id) {
                return node;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }
}
