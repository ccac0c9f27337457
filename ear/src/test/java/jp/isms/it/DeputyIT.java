package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Deputies (代理承認) through the API: the manager's tasks reach the deputy during the period, the record says who
 * decided on whose behalf, a deputy never approves their own submission nor the manager's, and a delegation that
 * is revoked or not yet begun gives nothing.
 */
class DeputyIT extends AgainstTheApplication {

    static final String CONFIRM = "Task_ConfirmByDepartment";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    Fixture fixture;
    Api office;
    Api ciso;
    Api deputy;
    String cisoName;
    String deputyName;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("office", "isms-office");
        ciso = fixture.user("ciso", "ciso", "isms-office");
        // a department head outside any department who also works in the ISMS office: no CISO role of their own
        deputy = fixture.user("deputy", "dept-head", "isms-office");
        cisoName = Fixture.username(ciso);
        deputyName = Fixture.username(deputy);
    }

    @Test
    void theDeputySeesAndDecidesTheManagersTaskAndTheRecordSaysOnWhoseBehalf() {
        String key = submittedBy(office);
        assertThat(Fixture.taskId(deputy, key, CONFIRM)).as("no delegation yet").isNull();

        JsonNode named = name(ciso, deputyName, TODAY, TODAY.plusDays(3));
        assertThat(named.get("active").asBoolean()).isTrue();
        assertThat(named.get("namedBy").asText()).isEqualTo(cisoName);

        JsonNode task = task(deputy, key);
        assertThat(task).as("the CISO's task reaches the deputy").isNotNull();
        assertThat(task.get("onBehalfOf").asText()).isEqualTo(cisoName);
        assertThat(text(task(ciso, key), "onBehalfOf")).as("the manager's own view is unmarked").isNull();

        Fixture.complete(deputy, task.get("id").asText(), "approve", "代理で確認しました");
        JsonNode decision = lastDecision(key);
        assertThat(decision.get("actorUsername").asText()).isEqualTo(deputyName);
        assertThat(decision.get("onBehalfOf").asText()).isEqualTo(cisoName);
        assertThat(decision.get("actorRole").asText()).isEqualTo("ciso");

        // the delegation itself is on record for both of them
        assertThat(deputy.get("/deputies").body()).anySatisfy(d -> assertThat(d.get("manager").asText()).isEqualTo(cisoName));
    }

    @Test
    void aDeputyNeverApprovesTheirOwnSubmissionNorTheManagers() {
        name(ciso, deputyName, TODAY, TODAY.plusDays(1));

        String own = submittedBy(deputy);
        Api.Reply refused = deputy.post("/tasks/" + task(deputy, own).get("id").asText() + "/complete",
                Map.of("decision", "approve"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("task.ownSubmission");

        String managers = submittedBy(ciso);
        Api.Reply managersOwn = deputy.post("/tasks/" + task(deputy, managers).get("id").asText() + "/complete",
                Map.of("decision", "approve"));
        assertThat(managersOwn.status()).isEqualTo(403);
        assertThat(managersOwn.error()).isEqualTo("deputy.managersOwnSubmission");
        assertThat(managersOwn.message()).contains("代理");
        assertThat(task(deputy, managers)).as("nothing changed").isNotNull();
    }

    @Test
    void aRevokedOrNotYetBegunDelegationGivesNoAccess() {
        String key = submittedBy(office);
        JsonNode later = name(ciso, deputyName, TODAY.plusDays(2), TODAY.plusDays(5));
        assertThat(later.get("active").asBoolean()).isFalse();
        assertThat(task(deputy, key)).as("not yet begun").isNull();

        JsonNode now = name(ciso, deputyName, TODAY, TODAY);
        String taskId = task(deputy, key).get("id").asText();
        Api.Reply byOther = office.post("/deputies/" + now.get("id").asText() + "/revoke", null);
        assertThat(byOther.status()).as("only the manager revokes").isEqualTo(403);
        JsonNode revoked = ciso.post("/deputies/" + now.get("id").asText() + "/revoke", null).body();
        assertThat(revoked.get("revokedBy").asText()).isEqualTo(cisoName);
        assertThat(revoked.get("active").asBoolean()).isFalse();

        assertThat(task(deputy, key)).as("revoked").isNull();
        Api.Reply refused = deputy.post("/tasks/" + taskId + "/complete", Map.of("decision", "approve"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.error()).isEqualTo("task.notCandidate");
        assertThat(ciso.get("/deputies").body()).anySatisfy(d -> assertThat(text(d, "revokedAt")).isNotNull());
    }

    @Test
    void onlyManagersNameDeputiesAndNeverThemselvesOrForThePast() {
        Api.Reply byOffice = office.post("/deputies", Map.of("deputy", deputyName, "from", TODAY.toString(),
                "to", TODAY.toString()));
        assertThat(byOffice.status()).isEqualTo(403);
        assertThat(byOffice.error()).isEqualTo("deputy.managersOnly");
        assertThat(ciso.post("/deputies", Map.of("deputy", cisoName, "from", TODAY.toString(), "to", TODAY.toString()))
                .error()).isEqualTo("deputy.notYourself");
        assertThat(ciso.post("/deputies", Map.of("deputy", deputyName, "from", TODAY.minusDays(5).toString(),
                "to", TODAY.minusDays(1).toString())).error()).isEqualTo("deputy.periodPast");
        assertThat(ciso.post("/deputies", Map.of("deputy", "nobody-" + fixture.suffix, "from", TODAY.toString(),
                "to", TODAY.toString())).status()).isEqualTo(400);
    }

    private String submittedBy(Api submitter) {
        String key = fixture.assessment(submitter);
        assertThat(submitter.post("/risk-assessments/" + key + "/approval", Map.of("comment", "提出")).status())
                .isEqualTo(201);
        return key;
    }

    private static JsonNode name(Api manager, String deputy, LocalDate from, LocalDate to) {
        Api.Reply reply = manager.post("/deputies", Map.of("deputy", deputy, "from", from.toString(), "to", to.toString(),
                "reason", "出張のため"));
        assertThat(reply.status()).as("name deputy: %s", reply.body()).isEqualTo(201);
        return reply.body();
    }

    private static JsonNode task(Api user, String key) {
        for (JsonNode task : user.get("/tasks?businessKey=" + key).body()) {
            if (CONFIRM.equals(task.get("taskKey").asText())) {
                return task;
            }
        }
        return null;
    }

    /** A field's text, or null where the JSON leaves it out or says null. */
    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private JsonNode lastDecision(String key) {
        JsonNode decisions = office.get("/risk-assessments/" + key).body().get("decisions");
        return decisions.get(decisions.size() - 1);
    }
}
