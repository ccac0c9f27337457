package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * People and data for one test, made through the API the way an administrator and the ISMS office
 * would, under names no other test uses, so tests neither depend on nor disturb each other.
 */
final class Fixture {

    static final String PASSWORD = "Integration-Test-Pass-1";
    private static String adminPassword;

    final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);

    /** The administrator: the demo one on H2, or the first-start one on PostgreSQL after its forced change. */
    static synchronized Api admin() {
        if (adminPassword == null) {
            String initial = Deployments.onPostgres() ? System.getProperty("it.admin.initial.password") : "demo-password";
            Api api = Api.as("admin", initial);
            Api.Reply me = api.get("/me");
            assertThat(me.status()).as("admin login").isEqualTo(200);
            adminPassword = initial;
            if (me.body().get("mustChangePassword").asBoolean()) {
                assertThat(api.post("/me/password", Map.of("currentPassword", initial, "newPassword", PASSWORD)).status())
                        .isEqualTo(204);
                adminPassword = PASSWORD;
            }
        }
        return Api.as("admin", adminPassword);
    }

    /** A new user with the given roles, who has already replaced the initial password. */
    Api user(String name, String... roles) {
        return userIn(null, name, roles);
    }

    /** The same in a department of the demo company (a department head of it, with role dept-head). */
    Api userIn(String department, String name, String... roles) {
        return userWith(department, null, name, roles);
    }

    /** A new user with an e-mail address ({@link #email(String)}), for the tests of mails. */
    Api mailUser(String name, String... roles) {
        return userWith(null, email(name), name, roles);
    }

    /** The address {@link #mailUser} gives the user of that name. */
    String email(String name) {
        return name + "-" + suffix + "@it.example";
    }

    private Api userWith(String department, String email, String name, String... roles) {
        String username = name + "-" + suffix;
        Map<String, Object> body = new java.util.HashMap<>(Map.of("username", username, "displayName", name + " " + suffix,
                "roles", List.of(roles), "initialPassword", "Initial-" + suffix + "-x"));
        if (department != null) {
            body.put("department", department);
        }
        if (email != null) {
            body.put("email", email);
        }
        Api.Reply created = admin().post("/admin/users", body);
        assertThat(created.status()).as("create user %s: %s", username, created.body()).isEqualTo(201);
        Api api = Api.as(username, "Initial-" + suffix + "-x");
        assertThat(api.post("/me/password", Map.of("currentPassword", "Initial-" + suffix + "-x", "newPassword", PASSWORD))
                .status()).isEqualTo(204);
        return Api.as(username, PASSWORD);
    }

    /** Five random capital letters: a prefix of asset numbers only this test uses, so filters on it see only its own. */
    static String assetPrefix() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    static String username(Api api) {
        return api.get("/me").body().get("username").asText();
    }

    /**
     * A fresh assessment with three risks and no department (so the CISO confirms in the risk owner's place);
     * R-001's residual risk is high, so top management must accept it. Returns its business key, below the demo's
     * RA-2026-01: the register opens the assessment with the highest key, and on the demo data that must stay the
     * demo's, whichever test ran before the Plan-phase journey.
     */
    String assessment(Api office) {
        String key = "RA-" + (1000 + ThreadLocalRandom.current().nextInt(1026)) + "-"
                + String.format("%02d", ThreadLocalRandom.current().nextInt(100));
        Api.Reply created = office.post("/risk-assessments", Map.of("businessKey", key, "title", "IT評価 " + suffix));
        assertThat(created.status()).as("create %s: %s", key, created.body()).isEqualTo(201);
        addRisk(office, key, "顧客DB", "不正アクセス", "MFA未導入", 4, 5, 4, 4);
        addRisk(office, key, "ノートPC", "紛失", "暗号化なし", 3, 4, 1, 2);
        addRisk(office, key, "紙の契約書", "誤廃棄", "ルールなし", 2, 2, 2, 2);
        return key;
    }

    static Api.Reply addRisk(Api office, String key, String asset, String threat, String vulnerability, int l, int i,
            int rl, int ri) {
        Api.Reply reply = office.post("/risk-assessments/" + key + "/risks", risk(asset, threat, vulnerability, l, i, rl, ri));
        assertThat(reply.status()).as("add risk: %s", reply.body()).isEqualTo(201);
        return reply;
    }

    static Map<String, Object> risk(String asset, String threat, String vulnerability, int l, int i, int rl, int ri) {
        return Map.of("assetName", asset, "threat", threat, "vulnerability", vulnerability, "likelihood", l, "impact", i,
                "treatment", "REDUCE", "treatmentPlan", "対策", "residualLikelihood", rl, "residualImpact", ri);
    }

    /** The id of the open task of that business key and task key (e.g. {@code Task_ReviewByCiso}) in the user's inbox, or null. */
    static String taskId(Api user, String businessKey, String taskKey) {
        Api.Reply tasks = user.get("/tasks?businessKey=" + businessKey);
        assertThat(tasks.status()).isEqualTo(200);
        for (var task : tasks.body()) {
            if (businessKey.equals(task.get("businessKey").asText()) && taskKey.equals(task.get("taskKey").asText())) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    /** The id of the open task of that business key in the user's inbox, or null. */
    static String taskId(Api user, String businessKey) {
        Api.Reply tasks = user.get("/tasks?businessKey=" + businessKey);
        assertThat(tasks.status()).isEqualTo(200);
        for (var task : tasks.body()) {
            if (businessKey.equals(task.get("businessKey").asText())) {
                return task.get("id").asText();
            }
        }
        return null;
    }

    /** Decides a task that must exist; the decision must succeed. */
    static void complete(Api user, String taskId, String decision, String comment) {
        assertThat(taskId).as("task for %s", decision).isNotNull();
        Map<String, String> body = comment == null ? Map.of("decision", decision)
                : Map.of("decision", decision, "comment", comment);
        Api.Reply reply = user.post("/tasks/" + taskId + "/complete", body);
        assertThat(reply.status()).as("%s %s", decision, reply.body()).isEqualTo(204);
    }

    /** The step with that code of a project as GET /api/projects/{id} returns it. */
    static com.fasterxml.jackson.databind.JsonNode step(com.fasterxml.jackson.databind.JsonNode project, String code) {
        for (var step : project.get("steps")) {
            if (code.equals(step.get("code").asText())) {
                return step;
            }
        }
        throw new AssertionError("no step " + code);
    }
}
