package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Mails through a real SMTP server (GreenMail): a new task to each candidate in their own language with a link
 * to the task, a reminder and an escalation once each, the daily digest bundling single mails.
 */
class NotificationIT extends AgainstTheApplication {

    static final String CONFIRM = "Task_ConfirmByDepartment";
    static Mailbox mailbox;

    Fixture fixture;
    Api office;
    Api cisoJa;
    Api cisoEn;

    @BeforeAll
    static void smtp() {
        mailbox = Mailbox.start();
    }

    @AfterAll
    static void stopSmtp() {
        mailbox.close();
    }

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("office", "isms-office");
        cisoJa = fixture.mailUser("cisoja", "ciso");
        cisoEn = fixture.mailUser("cisoen", "ciso");
        assertThat(cisoEn.put("/me/language", Map.of("language", "en")).status()).isEqualTo(204);
    }

    @Test
    void aNewTaskMailsEachCandidateInTheirLanguageWithALinkStraightToTheTask() {
        String key = submitted();
        String taskId = Fixture.taskId(cisoJa, key, CONFIRM);

        Mailbox.Mail ja = mailbox.await(fixture.email("cisoja"), m -> m.subject().contains(key));
        assertThat(ja.subject()).startsWith("[ISMS] 新しいタスク");
        assertThat(ja.rawSubject()).as("Japanese subject encoded per RFC 2047").startsWith("=?UTF-8?");
        assertThat(ja.text()).contains("cisoja " + fixture.suffix + " 様", key,
                Api.baseUrl() + "/app/tasks/", "?taskId=" + taskId);
        assertThat(ja.language()).isEqualTo("ja");

        Mailbox.Mail en = mailbox.await(fixture.email("cisoen"), m -> m.subject().contains(key));
        assertThat(en.subject()).startsWith("[ISMS] New task");
        assertThat(en.text()).contains("Dear cisoen", "Open the task: " + Api.baseUrl(), "?taskId=" + taskId);

        // the record the administrator sees (marked sent just after the server handed it over)
        java.util.List<String> sent = java.util.List.of();
        for (int i = 0; i < 50 && sent.size() < 2; i++) {
            sent = new java.util.ArrayList<>();
            for (JsonNode m : Fixture.admin().get("/admin/notifications?taskId=" + taskId + "&kind=TASK&status=SENT&recipient="
                    + fixture.suffix).body()) {
                sent.add(m.get("recipient").asText());
            }
            Thread.onSpinWait();
        }
        assertThat(sent).containsExactlyInAnyOrder("cisoja-" + fixture.suffix, "cisoen-" + fixture.suffix);
        assertThat(cisoJa.get("/admin/notifications").status()).as("administrators only").isEqualTo(403);
    }

    @Test
    void aReminderBeforeTheDueDateAndAnEscalationOnceOverdueEachOnlyOnce() {
        String key = submitted();
        String taskId = Fixture.taskId(cisoJa, key, CONFIRM);
        mailbox.await(fixture.email("cisoja"), m -> m.subject().contains(key));
        assertThat(cisoJa.put("/tasks/" + taskId + "/due", Map.of("due", OffsetDateTime.now().plusDays(1).toString()))
                .status()).as("only the office or the CISO moves due dates... the CISO may").isEqualTo(204);
        Api employee = fixture.user("employee", "employee");
        assertThat(employee.put("/tasks/" + taskId + "/due", Map.of("due", OffsetDateTime.now().toString())).status())
                .isEqualTo(403);

        // when the scan runs (twice), one reminder per person
        run(false);
        run(false);
        Mailbox.Mail reminder = mailbox.await(fixture.email("cisoja"), m -> m.subject().startsWith("[ISMS] 期限が近づいています")
                && m.subject().contains(key));
        assertThat(reminder.text()).contains("?taskId=" + taskId);
        mailbox.await(fixture.email("cisoen"), m -> m.subject().startsWith("[ISMS] Due soon") && m.subject().contains(key));
        assertThat(count(taskId, "REMINDER", "cisoja")).isEqualTo(1);

        // overdue: an escalation, to the candidates and the CISO, once
        assertThat(office.put("/tasks/" + taskId + "/due",
                Map.of("due", OffsetDateTime.now(ZoneOffset.ofHours(9)).minusHours(2).toString())).status()).isEqualTo(204);
        run(false);
        run(false);
        Mailbox.Mail escalation = mailbox.await(fixture.email("cisoen"),
                m -> m.subject().startsWith("[ISMS] Overdue") && m.subject().contains(key));
        assertThat(escalation.text()).contains("overdue", "?taskId=" + taskId);
        assertThat(count(taskId, "ESCALATION", "cisoen")).isEqualTo(1);
        assertThat(count(taskId, "REMINDER", "cisoen")).isEqualTo(1);
        // and the inbox shows it late
        assertThat(cisoJa.get("/tasks/counts").body().get("overdue").asLong()).isPositive();
        Fixture.complete(cisoJa, taskId, "approve", null);
    }

    @Test
    void withTheDailyDigestSingleMailsWaitAndComeBundledInOneMail() {
        assertThat(cisoEn.put("/me/notifications", Map.of("dailyDigest", true)).body().get("dailyDigest").asBoolean()).isTrue();
        assertThat(cisoEn.get("/me/notifications").body().get("dailyDigest").asBoolean()).isTrue();
        String first = submitted();
        String second = submitted();
        mailbox.await(fixture.email("cisoja"), m -> m.subject().contains(second));
        assertThat(count(Fixture.taskId(cisoEn, first, CONFIRM), "TASK", "cisoen")).isEqualTo(1);
        JsonNode waiting = Fixture.admin().get("/admin/notifications?recipient=cisoen-" + fixture.suffix + "&kind=TASK").body();
        assertThat(waiting).allSatisfy(m -> assertThat(m.get("status").asText()).isEqualTo("WAITING_FOR_DIGEST"));
        assertThat(mailbox.to(fixture.email("cisoen"))).as("no single mail for a digest reader").isEmpty();

        run(true);
        Mailbox.Mail digest = mailbox.await(fixture.email("cisoen"), m -> m.subject().startsWith("[ISMS] Your daily summary"));
        assertThat(digest.text()).contains(first, second, "?taskId=" + Fixture.taskId(cisoEn, first, CONFIRM));
        assertThat(mailbox.to(fixture.email("cisoen"))).hasSize(1);
        JsonNode bundled = Fixture.admin().get("/admin/notifications?recipient=cisoen-" + fixture.suffix + "&kind=TASK").body();
        assertThat(bundled).isNotEmpty().allSatisfy(m -> assertThat(m.get("status").asText()).isEqualTo("BUNDLED"));
        run(true);
        assertThat(mailbox.to(fixture.email("cisoen"))).as("nothing left to bundle").hasSize(1);
    }

    private String submitted() {
        String key = fixture.assessment(office);
        assertThat(office.post("/risk-assessments/" + key + "/approval", Map.of("comment", "提出")).status()).isEqualTo(201);
        return key;
    }

    private static void run(boolean digest) {
        Api.Reply reply = Fixture.admin().post("/admin/notifications/run?digest=" + digest, null);
        assertThat(reply.status()).as("scan: %s", reply.body()).isEqualTo(200);
    }

    private long count(String taskId, String kind, String name) {
        Api.Reply reply = Fixture.admin().get("/admin/notifications?taskId=" + taskId + "&kind=" + kind + "&recipient="
                + name + "-" + fixture.suffix);
        return Long.parseLong(reply.raw().headers().firstValue("X-Total-Count").orElse("0"));
    }
}
