package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The office keeps the company's rules and maps the requirement clauses to them; gaps show until covered. */
class RuleBookIT extends AgainstTheApplication {

    @Test
    void theOfficeMapsAClauseToANewRuleAndTheGapCloses() {
        Fixture fixture = new Fixture();
        Api office = fixture.user("rules-office", "isms-office");
        Api employee = fixture.user("rules-reader", "employee");
        String ruleNo = "IT-R-" + fixture.suffix.toUpperCase();

        Api.Reply created = office.post("/rules", rule(ruleNo, "監視・測定規程", "1.0", "2026-04-01"));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(created.body().get("ruleNo").asText()).isEqualTo(ruleNo);
        assertThat(office.post("/rules", rule(ruleNo.toLowerCase(), "重複", "1.0", null)).status()).isEqualTo(409);

        // a clause nobody has mapped yet is a gap (6.3 stays unmapped in the demo data too)
        JsonNode before = office.get("/rules/coverage").body();
        List<String> gapsBefore = texts(before.get("gapIds"));
        assertThat(gapsBefore).contains("6.3");

        Api.Reply mapped = office.post("/rules/mappings",
                Map.of("kind", "clause", "requirementId", "6.3", "ruleNo", ruleNo, "evidence", "変更計画書と承認記録"));
        assertThat(mapped.status()).as("%s", mapped.body()).isEqualTo(201);
        JsonNode after = employee.get("/rules/coverage").body();
        assertThat(texts(after.get("gapIds"))).doesNotContain("6.3");
        assertThat(after.get("covered").asLong()).isEqualTo(before.get("covered").asLong() + 1);
        JsonNode clause = requirement(after, "6.3");
        assertThat(clause.get("covered").asBoolean()).isTrue();
        assertThat(clause.get("mappings").get(0).get("evidence").asText()).isEqualTo("変更計画書と承認記録");

        // the same rule twice for one clause, an unknown clause, a missing evidence: refused, nothing written
        assertThat(office.post("/rules/mappings", Map.of("kind", "CLAUSE", "requirementId", "6.3", "ruleNo", ruleNo,
                "evidence", "x")).status()).isEqualTo(409);
        Api.Reply unknown = office.post("/rules/mappings", Map.of("requirementId", "11.1", "ruleNo", ruleNo,
                "evidence", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.message()).contains("11.1");
        Api.Reply noEvidence = office.post("/rules/mappings", Map.of("requirementId", "9.1", "ruleNo", ruleNo,
                "evidence", " "));
        assertThat(noEvidence.status()).isEqualTo(400);
        assertThat(noEvidence.message()).contains("証跡");
        assertThat(requirement(office.get("/rules/coverage").body(), "9.1").get("mappings").toString())
                .doesNotContain(ruleNo);

        // a retired rule no longer covers the clause, and cannot be mapped again
        assertThat(office.post("/rules/" + ruleNo + "/retire", Map.of()).status()).isEqualTo(200);
        assertThat(texts(office.get("/rules/coverage").body().get("gapIds"))).contains("6.3");
        assertThat(office.post("/rules/mappings", Map.of("requirementId", "9.1", "ruleNo", ruleNo, "evidence", "x"))
                .status()).isEqualTo(400);
        assertThat(office.post("/rules/" + ruleNo + "/reinstate", Map.of()).status()).isEqualTo(200);

        long mappingId = clause(office, ruleNo).get("id").asLong();
        assertThat(office.delete("/rules/mappings/" + mappingId).status()).isEqualTo(204);
        assertThat(texts(office.get("/rules/coverage").body().get("gapIds"))).contains("6.3");
        assertThat(office.delete("/rules/mappings/" + mappingId).status()).isEqualTo(404);
    }

    @Test
    void onlyTheOfficeChangesRulesAndAStaleEditIsAConflict() {
        Fixture fixture = new Fixture();
        Api office = fixture.user("rules-office2", "isms-office");
        Api ciso = fixture.user("rules-ciso", "ciso");
        String ruleNo = "IT-S-" + fixture.suffix.toUpperCase();
        assertThat(ciso.post("/rules", rule(ruleNo, "規程", "1.0", null)).status()).isEqualTo(403);
        assertThat(office.post("/rules", rule(ruleNo, "規程", "1.0", null)).status()).isEqualTo(201);
        assertThat(ciso.post("/rules/mappings", Map.of("requirementId", "9.1", "ruleNo", ruleNo, "evidence", "x"))
                .status()).isEqualTo(403);
        assertThat(ciso.get("/rules?ruleNo=" + ruleNo).body()).hasSize(1);

        long version = office.get("/rules/" + ruleNo).body().get("version").asLong();
        Map<String, Object> first = rule(ruleNo, "規程 改訂", "1.1", "2026-10-01");
        first.put("version", version);
        assertThat(office.put("/rules/" + ruleNo, first).status()).isEqualTo(200);
        Map<String, Object> stale = rule(ruleNo, "古い画面からの変更", "1.1", null);
        stale.put("version", version);
        Api.Reply conflict = office.put("/rules/" + ruleNo, stale);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(office.get("/rules/" + ruleNo).body().get("title").asText()).isEqualTo("規程 改訂");

        Api.Reply badDate = office.put("/rules/" + ruleNo, rule(ruleNo, "規程", "1.2", "2026-13-45"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.message()).contains("2026-13-45");
        assertThat(office.post("/rules", rule("bad number!", "規程", "1.0", null)).status()).isEqualTo(400);
        assertThat(Api.anonymous().get("/rules").status()).isEqualTo(401);
    }

    private static JsonNode clause(Api api, String ruleNo) {
        for (JsonNode m : api.get("/rules/" + ruleNo).body().get("mappings")) {
            if (m.get("requirementId").asText().equals("6.3")) {
                return m;
            }
        }
        throw new AssertionError("no mapping of 6.3 to " + ruleNo);
    }

    private static JsonNode requirement(JsonNode coverage, String id) {
        for (JsonNode r : coverage.get("requirements")) {
            if (r.get("requirementId").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no requirement " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static Map<String, Object> rule(String ruleNo, String title, String revision, String effectiveOn) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("ruleNo", ruleNo);
        rule.put("title", title);
        rule.put("revision", revision);
        rule.put("effectiveOn", effectiveOn);
        return rule;
    }
}
