package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Risk identification and treatment through the REST API: an entered asset's proposals from the threat catalogue,
 * the risk owner's keep and discard and who may decide, controls and plan items with their rules, heat maps
 * counted by the database and the register filtered to a cell.
 */
class RiskTreatmentIT extends AgainstTheApplication {

    /** HWD-01a … HWD-06b in reference/threats.tsv. */
    private static final int HARDWARE_ENTRIES = 11;

    Fixture fixture;
    Api office;
    String prefix;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("office", "isms-office");
        prefix = Fixture.assetPrefix();
        // an assessment of our own, above the fixtures' (RA-1000 … RA-2025), the demo's and RiskMethodIT's (… RA-9899): the current one. It stays below
        // RA-9950, which SoaAndAuthorisationIT takes later to be current in its turn.
        String key = "RA-99" + String.format("%02d", ThreadLocalRandom.current().nextInt(50)) + "-"
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        office.post("/risk-assessments", Map.of("businessKey", key, "title", "識別 " + prefix));
    }

    @Test
    void anEnteredAssetProposesRisksTheOwnerKeepsOneAndDiscardsAnother() {
        Api.Reply created = office.post("/assets", asset(prefix + "-001", "開発用ノートPC", "HARDWARE", "IT"));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);

        // the catalogue's hardware threats, pending, in the reader's language
        Api.Reply list = office.get("/risk-proposals?assetNo=" + prefix + "&max=50");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw().headers().firstValue("X-Total-Count")).hasValue(String.valueOf(HARDWARE_ENTRIES));
        assertThat(list.body()).allSatisfy(p -> assertThat(p.get("status").asText()).isEqualTo("PENDING"));
        JsonNode theft = proposal(list.body(), "HWD-01b");
        assertThat(theft.get("threat").asText()).isEqualTo("盗難");
        assertThat(theft.get("vulnerability").asText()).isEqualTo("ディスクが暗号化されていない");
        assertThat(ids(theft.get("suggestedControls"))).containsExactly("8.1", "8.24");
        String key = theft.get("assessmentKey").asText();

        // keeping needs the owner's analysis
        Api.Reply noAnalysis = office.post("/risk-proposals/" + theft.get("id").asLong() + "/keep", Map.of());
        assertThat(noAnalysis.status()).isEqualTo(400);
        assertThat(noAnalysis.message()).contains("発生可能性");

        Api.Reply kept = office.post("/risk-proposals/" + theft.get("id").asLong() + "/keep",
                Map.of("likelihood", 4, "impact", 4, "residualLikelihood", 2, "residualImpact", 3));
        assertThat(kept.status()).as("%s", kept.body()).isEqualTo(200);
        assertThat(kept.body().get("businessKey").asText()).isEqualTo(key);
        String riskNo = kept.body().get("riskNo").asText();

        // the risk is in the register with the suggested controls, linked to its asset
        JsonNode risk = riskRow(key, riskNo);
        assertThat(risk.get("assetName").asText()).isEqualTo("開発用ノートPC");
        assertThat(risk.get("threat").asText()).isEqualTo("盗難");
        assertThat(risk.get("inherentScore").asInt()).isEqualTo(16);
        assertThat(risk.get("residualScore").asInt()).isEqualTo(6);
        assertThat(risk.get("assetId").isNull()).isFalse();
        assertThat(ids(risk.get("controlIds"))).containsExactly("8.1", "8.24");
        JsonNode treatment = office.get("/risk-assessments/" + key + "/risks/" + riskNo + "/treatment").body();
        assertThat(treatment.get("controls").get(1).get("title").asText()).isEqualTo("暗号の利用");

        // a decision is final
        Api.Reply again = office.post("/risk-proposals/" + theft.get("id").asLong() + "/discard", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("treatment.proposal.decided");

        JsonNode failure = proposal(list.body(), "HWD-03a");
        assertThat(office.post("/risk-proposals/" + failure.get("id").asLong() + "/discard", null).status()).isEqualTo(204);
        assertThat(office.get("/risk-proposals/" + failure.get("id").asLong()).body().get("status").asText())
                .isEqualTo("DISCARDED");
        assertThat(total("/risk-proposals?assetNo=" + prefix + "&status=PENDING")).isEqualTo(HARDWARE_ENTRIES - 2);
        assertThat(total("/risk-proposals?assetNo=" + prefix + "&status=KEPT")).isEqualTo(1);

        // an import proposes for the assets it creates, not for those it updates
        String csv = "資産番号,資産名,種別,機密区分,機密性,完全性,可用性,管理責任者,部門コード,保管場所\n"
                + prefix + "-001,開発用ノートPC (更新),ハードウェア,社外秘,2,2,2,office,IT,本社\n"
                + prefix + "-002,入館カード,施設,社外秘,1,2,2,office,GA,本社\n";
        assertThat(office.postFile("/assets/import?fileName=a.csv", "text/csv",
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).status()).isEqualTo(200);
        assertThat(total("/risk-proposals?assetNo=" + prefix + "-001")).isEqualTo(HARDWARE_ENTRIES);
        assertThat(total("/risk-proposals?assetNo=" + prefix + "-002")).isGreaterThanOrEqualTo(5);
        assertThat(office.get("/risk-proposals?assetNo=" + prefix + "-001&status=PENDING").body().get(0)
                .get("assetName").asText()).isEqualTo("開発用ノートPC (更新)");
    }

    @Test
    void onlyTheRiskOwnerOfTheAssetsDepartmentOrTheOfficeDecides() {
        assertThat(office.post("/assets", asset(prefix + "-101", "設計書", "INFORMATION", "IT")).status()).isEqualTo(201);
        long id = office.get("/risk-proposals?assetNo=" + prefix + "&max=1").body().get(0).get("id").asLong();

        // a head of another department (on PostgreSQL: of none) neither sees nor decides IT's proposals
        Api otherHead = Deployments.onPostgres() ? fixture.user("head", "dept-head") : salesHead();
        assertThat(total(otherHead, "/risk-proposals?assetNo=" + prefix)).isZero();
        Api.Reply foreign = otherHead.post("/risk-proposals/" + id + "/keep", Map.of("likelihood", 2, "impact", 2));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.error()).isEqualTo("treatment.notRiskOwner");
        assertThat(otherHead.post("/risk-proposals/" + id + "/discard", null).status()).isEqualTo(403);
        assertThat(otherHead.get("/risk-proposals/" + id).status()).isEqualTo(403);
        // an auditor reads every department's, decides none; an employee sees nothing
        Api auditor = fixture.user("auditor", "internal-auditor");
        assertThat(total(auditor, "/risk-proposals?assetNo=" + prefix)).isGreaterThan(0);
        assertThat(auditor.post("/risk-proposals/" + id + "/discard", null).status()).isEqualTo(403);
        assertThat(fixture.user("employee", "employee").get("/risk-proposals").status()).isEqualTo(403);
        assertThat(office.get("/risk-proposals/" + id).body().get("status").asText()).isEqualTo("PENDING");

        if (!Deployments.onPostgres()) {
            // the demo company's head of IT decides IT's proposals, and sees the demo's pending ones
            Api itHead = Api.as("depthead", "demo-password");
            assertThat(itHead.post("/risk-proposals/" + id + "/discard", null).status()).isEqualTo(204);
            assertThat(total(itHead, "/risk-proposals?status=PENDING&department=IT")).isGreaterThan(0);
            assertThat(total(itHead, "/risk-proposals?department=SALES")).isZero();
        }
    }

    @Test
    void controlsAndPlanItemsFollowTheirRulesAndTheAssessmentsLock() {
        String key = fixture.assessment(office);
        String owner = Fixture.username(office);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        Api.Reply chosen = office.put("/risk-assessments/" + key + "/risks/R-001/controls",
                Map.of("controls", List.of("8.5", "5.15", "5.17")));
        assertThat(chosen.status()).as("%s", chosen.body()).isEqualTo(200);
        assertThat(ids(chosen.body().get("controls"))).containsExactly("5.15", "5.17", "8.5");
        Api.Reply unknown = office.put("/risk-assessments/" + key + "/risks/R-001/controls",
                Map.of("controls", List.of("8.5", "A.9.4.2")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error()).isEqualTo("treatment.control.unknown");

        String items = "/risk-assessments/" + key + "/risks/R-001/plan-items";
        Api.Reply badDate = office.post(items, planItem("MFA導入", owner, "2026-13-45"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.error()).isEqualTo("treatment.planItem.dueInvalid");
        Api.Reply past = office.post(items, planItem("MFA導入", owner, today.minusDays(1).toString()));
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.error()).isEqualTo("treatment.planItem.dueInPast");
        Api.Reply nobody = office.post(items, planItem("MFA導入", "nobody-" + prefix.toLowerCase(), today.toString()));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.error()).isEqualTo("treatment.planItem.ownerUnknown");

        assertThat(office.post(items, planItem("MFA導入", owner, today.plusDays(30).toString())).status()).isEqualTo(201);
        Api.Reply second = office.post("/risk-assessments/" + key + "/risks/R-002/plan-items",
                planItem("全台暗号化", owner, today.plusDays(10).toString()));
        assertThat(second.status()).isEqualTo(201);
        Api.Reply done = office.put("/risk-assessments/" + key + "/risks/R-002/plan-items/1",
                Map.of("action", "全台暗号化", "owner", owner, "dueDate", today.plusDays(10).toString(), "status", "DONE"));
        assertThat(done.status()).as("%s", done.body()).isEqualTo(200);

        // the treatment plan: sorted by due date, filtered by status and owner in the database
        Api.Reply plan = office.get("/risk-assessments/" + key + "/plan-items?sort=dueDate&asc=true");
        assertThat(plan.raw().headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(plan.body().get(0).get("riskNo").asText()).isEqualTo("R-002");
        assertThat(total("/risk-assessments/" + key + "/plan-items?status=OPEN&owner=" + owner)).isEqualTo(1);
        assertThat(total("/risk-assessments/" + key + "/plan-items?status=OVERDUE")).isZero();

        // a department head who is not this risk's owner may not plan its treatment
        Api head = fixture.user("head", "dept-head");
        assertThat(head.put("/risk-assessments/" + key + "/risks/R-001/controls", Map.of("controls", List.of("8.5")))
                .status()).isEqualTo(403);

        // in approval, the treatment is locked like the rest of the register
        assertThat(office.post("/risk-assessments/" + key + "/approval", Map.of("comment", "対応計画を含めて")).status())
                .isEqualTo(201);
        Api.Reply locked = office.post(items, planItem("追加", owner, today.plusDays(5).toString()));
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.error()).isEqualTo("risk.assessment.lockedInApproval");
    }

    @Test
    void heatMapsAreCountedByTheDatabaseAndACellFiltersTheRegister() {
        String key = fixture.assessment(office);
        Fixture.addRisk(office, key, "顧客DB 複製", "不正アクセス", "MFA未導入", 4, 5, 2, 2);

        Api.Reply heatMap = office.get("/risk-assessments/" + key + "/heatmap");
        assertThat(heatMap.status()).isEqualTo(200);
        JsonNode inherent = heatMap.body().get("inherent").get("cells");
        JsonNode residual = heatMap.body().get("residual").get("cells");
        assertThat(inherent).hasSize(25);
        assertThat(cell(inherent, 4, 5).get("count").asInt()).isEqualTo(2);
        assertThat(cell(inherent, 4, 5).get("level").asText()).isEqualTo("HIGH");
        assertThat(cell(inherent, 3, 4).get("count").asInt()).isEqualTo(1);
        assertThat(cell(inherent, 2, 2).get("count").asInt()).isEqualTo(1);
        assertThat(cell(inherent, 1, 1).get("count").asInt()).isZero();
        assertThat(cell(residual, 2, 2).get("count").asInt()).isEqualTo(2);
        assertThat(cell(residual, 4, 4).get("count").asInt()).as("the fixture's first risk stays high").isEqualTo(1);
        assertThat(cell(residual, 4, 4).get("level").asText()).isEqualTo("HIGH");
        assertThat(cell(residual, 1, 2).get("count").asInt()).isEqualTo(1);

        Api.Reply cellRisks = office.get("/risk-assessments/" + key + "/risks?likelihood=4&impact=5");
        assertThat(cellRisks.raw().headers().firstValue("X-Total-Count")).hasValue("2");
        assertThat(total("/risk-assessments/" + key + "/risks?residualLikelihood=2&residualImpact=2")).isEqualTo(2);
        assertThat(total("/risk-assessments/" + key + "/risks?likelihood=1&impact=1")).isZero();
    }

    private Api salesHead() {
        String username = "saleshead-" + fixture.suffix;
        Api.Reply created = Fixture.admin().post("/admin/users", Map.of("username", username, "displayName", "営業部長",
                "department", "SALES", "roles", List.of("dept-head"), "initialPassword", "Initial-" + fixture.suffix + "-x"));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        Api api = Api.as(username, "Initial-" + fixture.suffix + "-x");
        assertThat(api.post("/me/password", Map.of("currentPassword", "Initial-" + fixture.suffix + "-x",
                "newPassword", Fixture.PASSWORD)).status()).isEqualTo(204);
        return Api.as(username, Fixture.PASSWORD);
    }

    private JsonNode riskRow(String key, String riskNo) {
        for (JsonNode row : office.get("/risk-assessments/" + key + "/risks?max=200").body()) {
            if (row.get("riskNo").asText().equals(riskNo)) {
                return row;
            }
        }
        throw new AssertionError("no risk " + riskNo + " in " + key);
    }

    private static JsonNode proposal(JsonNode list, String entryCode) {
        for (JsonNode p : list) {
            if (p.get("entryCode").asText().equals(entryCode)) {
                return p;
            }
        }
        throw new AssertionError("no proposal " + entryCode + " in " + list);
    }

    private static JsonNode cell(JsonNode cells, int likelihood, int impact) {
        for (JsonNode c : cells) {
            if (c.get("likelihood").asInt() == likelihood && c.get("impact").asInt() == impact) {
                return c;
            }
        }
        throw new AssertionError("no cell " + likelihood + "×" + impact);
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(n -> ids.add(n.isTextual() ? n.asText() : n.get("id").asText()));
        return ids;
    }

    private long total(String path) {
        return total(office, path);
    }

    private static long total(Api api, String path) {
        Api.Reply reply = api.get(path);
        assertThat(reply.status()).as("%s: %s", path, reply.body()).isEqualTo(200);
        return Long.parseLong(reply.raw().headers().firstValue("X-Total-Count").orElseThrow());
    }

    private static Map<String, Object> planItem(String action, String owner, String dueDate) {
        return Map.of("action", action, "owner", owner, "dueDate", dueDate);
    }

    private static Map<String, Object> asset(String assetNo, String name, String type, String department) {
        Map<String, Object> body = new HashMap<>();
        body.put("assetNo", assetNo);
        body.put("name", name);
        body.put("type", type);
        body.put("classification", "CONFIDENTIAL");
        body.put("confidentiality", 3);
        body.put("integrity", 2);
        body.put("availability", 2);
        body.put("owner", "office");
        body.put("department", department);
        body.put("location", "本社");
        return body;
    }
}
