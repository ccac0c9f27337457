package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Risk methods through the REST API: the CISO publishes versions; an approved assessment keeps the version it was
 * scored with; a draft is re-based only on request; nobody else publishes; an invalid table is refused.
 */
class RiskMethodIT extends AgainstTheApplication {

    Fixture fixture;
    Api ciso;
    Api office;
    Api top;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        ciso = fixture.user("ciso", "ciso");
        office = fixture.user("office", "isms-office");
        top = fixture.user("top", "top-management");
    }

    /** Other tests expect the default table: publish it again, as a CISO would after an experiment. */
    @AfterEach
    void backToTheDefault() {
        assertThat(ciso.post("/risk-methods", method("MULTIPLICATIVE", 5, 1, 7, 15)).status()).isEqualTo(201);
    }

    @Test
    void aNewVersionChangesNoApprovedAssessmentAndADraftOnlyWhenReBased() {
        // given: an approved assessment and a draft, both scored with the current version
        String approved = fixture.assessment(office);
        assertThat(office.put("/risk-assessments/" + approved + "/risks/R-001",
                Fixture.risk("顧客DB", "不正アクセス", "MFA未導入", 4, 5, 3, 3)).status()).isEqualTo(200);
        approveWithoutTopManagement(approved);
        JsonNode before = office.get("/risk-assessments/" + approved).body();
        assertThat(before.get("status").asText()).isEqualTo("APPROVED");
        String draft = fixture.assessment(office);
        int oldVersion = before.get("methodVersion").asInt();
        JsonNode risksBefore = risks(approved);

        // when: the CISO publishes a stricter version (high from 9, accepted by top management)
        Api.Reply published = ciso.post("/risk-methods", method("MULTIPLICATIVE", 5, 1, 5, 9));
        assertThat(published.status()).isEqualTo(201);
        int newVersion = published.body().get("version").asInt();
        assertThat(newVersion).isGreaterThan(oldVersion);
        assertThat(published.body().get("decisionDefinitionId").asText()).startsWith("risk-level:");
        JsonNode list = office.get("/risk-methods").body();
        assertThat(list.get(0).get("version").asInt()).isEqualTo(newVersion);
        assertThat(list.get(0).get("current").asBoolean()).isTrue();
        assertThat(list.get(0).get("levels").get(2).get("fromScore").asInt()).isEqualTo(9);
        assertThat(list.get(0).get("levels").get(2).get("toScore").asInt()).isEqualTo(25);

        // then: the approved assessment is exactly as approved
        JsonNode after = office.get("/risk-assessments/" + approved).body();
        assertThat(after.get("methodVersion").asInt()).isEqualTo(oldVersion);
        assertThat(after.get("approvedSha256").asText()).isEqualTo(before.get("approvedSha256").asText());
        assertThat(risks(approved)).isEqualTo(risksBefore);
        Api.Reply refused = office.post("/risk-assessments/" + approved + "/method-rebase", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.error()).isEqualTo("method.rebaseNotEditable");

        // and the draft keeps its version until the office re-bases it: then R-001 (residual 16) is high by v-new
        assertThat(office.get("/risk-assessments/" + draft).body().get("methodVersion").asInt()).isEqualTo(oldVersion);
        assertThat(risks(draft).get(1).get("inherentLevel").asText()).isEqualTo("MEDIUM");
        Api.Reply rebased = office.post("/risk-assessments/" + draft + "/method-rebase", null);
        assertThat(rebased.status()).isEqualTo(200);
        assertThat(rebased.body().get("methodVersion").asInt()).isEqualTo(newVersion);
        JsonNode laptop = risks(draft).get(1);
        assertThat(laptop.get("inherentScore").asInt()).isEqualTo(12);
        assertThat(laptop.get("inherentLevel").asText()).isEqualTo("HIGH");
        JsonNode rebaseRecord = rebased.body().get("decisions").get(rebased.body().get("decisions").size() - 1);
        assertThat(rebaseRecord.get("decision").asText()).isEqualTo("REBASE");
        assertThat(rebaseRecord.get("comment").asText()).contains("v" + oldVersion + " → v" + newVersion).contains("R-002=12/2");
        assertThat(ciso.post("/risk-assessments/" + draft + "/method-rebase", null).status()).as("office only").isEqualTo(403);
    }

    @Test
    void assetValueTimesThreatTimesVulnerabilityScoresNewAssessments() {
        assertThat(ciso.post("/risk-methods", method("ASSET_THREAT_VULNERABILITY", 3, 1, 7, 13)).status()).isEqualTo(201);
        String key = "RA-" + (2100 + java.util.concurrent.ThreadLocalRandom.current().nextInt(7800)) + "-99";
        assertThat(office.post("/risk-assessments", Map.of("businessKey", key, "title", "ATV")).status()).isEqualTo(201);
        Map<String, Object> risk = new HashMap<>(Map.of("assetName", "顧客DB", "threat", "不正アクセス",
                "vulnerability", "MFA未導入", "treatment", "REDUCE", "assetValue", 3, "threatLevel", 3,
                "vulnerabilityLevel", 2, "residualThreatLevel", 1, "residualVulnerabilityLevel", 2));
        assertThat(office.post("/risk-assessments/" + key + "/risks", risk).status()).isEqualTo(201);
        JsonNode row = risks(key).get(0);
        assertThat(row.get("inherentScore").asInt()).isEqualTo(18);
        assertThat(row.get("inherentLevel").asText()).isEqualTo("HIGH");
        assertThat(row.get("residualScore").asInt()).isEqualTo(6);
        assertThat(row.get("residualLevel").asText()).isEqualTo("LOW");
        assertThat(row.get("residualAcceptor").asText()).isEqualTo("dept-head");

        risk.put("threatLevel", 4);
        Api.Reply outOfScale = office.post("/risk-assessments/" + key + "/risks", risk);
        assertThat(outOfScale.status()).isEqualTo(400);
        assertThat(outOfScale.message()).contains("脅威").contains("1〜3");
    }

    @Test
    void onlyTheCisoPublishes() {
        Api.Reply byOffice = office.post("/risk-methods", method("ADDITIVE", 5, 2, 6, 8));
        assertThat(byOffice.status()).isEqualTo(403);
        assertThat(top.post("/risk-methods", method("ADDITIVE", 5, 2, 6, 8)).status()).isEqualTo(403);
        assertThat(fixture.user("emp", "employee").get("/risk-methods").status()).isEqualTo(403);
        assertThat(Api.anonymous().get("/risk-methods").status()).isEqualTo(401);
        assertThat(office.get("/risk-methods").status()).as("the criteria are readable").isEqualTo(200);
    }

    @Test
    void anInvalidTableIsRefusedWithAMessageAndNothingIsPublished() {
        int versions = ciso.get("/risk-methods").body().size();

        Api.Reply descending = ciso.post("/risk-methods", method("MULTIPLICATIVE", 5, 1, 15, 7));
        assertThat(descending.status()).isEqualTo(400);
        assertThat(descending.error()).isEqualTo("method.thresholdsNotAscending");
        assertThat(descending.message()).contains("低 < 中 < 高");

        Api.Reply outOfRange = ciso.post("/risk-methods", method("ADDITIVE", 5, 2, 6, 11));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.message()).contains("2〜10");

        Api.Reply gap = ciso.post("/risk-methods", method("MULTIPLICATIVE", 5, 3, 7, 15));
        assertThat(gap.status()).isEqualTo(400);
        assertThat(gap.error()).isEqualTo("method.notCovered");

        Api.Reply unknownKind = ciso.post("/risk-methods", method("GUESSWORK", 5, 1, 7, 15));
        assertThat(unknownKind.status()).isEqualTo(400);

        assertThat(ciso.get("/risk-methods").body()).hasSize(versions);
    }

    // ------------------------------------------------------------------ helpers

    private void approveWithoutTopManagement(String key) {
        assertThat(office.post("/risk-assessments/" + key + "/approval", Map.of()).status()).isEqualTo(201);
        complete(ciso, Fixture.taskId(ciso, key, "Task_ConfirmByDepartment"), "approve");
        complete(office, Fixture.taskId(office, key, "Task_ConsolidateByOffice"), "resubmit");
        complete(ciso, Fixture.taskId(ciso, key, "Task_ReviewByCiso"), "approve");
    }

    private static void complete(Api user, String taskId, String decision) {
        assertThat(user.post("/tasks/" + taskId + "/complete", Map.of("decision", decision)).status()).isEqualTo(204);
    }

    private JsonNode risks(String key) {
        return office.get("/risk-assessments/" + key + "/risks?sort=riskNo&asc=true").body();
    }

    private static Map<String, Object> method(String kind, int scale, int low, int medium, int high) {
        return Map.of("kind", kind, "scale", scale, "note", "IT", "levels", List.of(
                Map.of("level", "LOW", "fromScore", low, "action", "ACCEPT", "acceptor", "RISK_OWNER"),
                Map.of("level", "MEDIUM", "fromScore", medium, "action", "TREAT", "acceptor", "CISO"),
                Map.of("level", "HIGH", "fromScore", high, "action", "TREAT", "acceptor", "TOP_MANAGEMENT")));
    }
}
