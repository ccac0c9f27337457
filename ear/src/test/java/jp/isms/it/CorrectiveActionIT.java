package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A corrective action through the REST API, from an incident the office records to its verified closure: every
 * step, the plan returned once, a failed verification that reopens it, who may do what (the planner does not
 * approve their plan, the implementer does not verify their work, only the office approves), the register and the
 * PDF/A report.
 */
class CorrectiveActionIT extends AgainstTheApplication {

    Fixture fixture;
    Api office;
    Api office2;
    Api ciso;
    Api auditor;
    Api owner;
    Api employee;

    @BeforeEach
    void people() {
        fixture = new Fixture();
        office = fixture.user("office", "isms-office");
        office2 = fixture.user("office2", "isms-office");
        ciso = fixture.user("ciso", "ciso");
        auditor = fixture.user("auditor", "internal-auditor");
        owner = fixture.user("owner", "internal-auditor");
        employee = fixture.user("employee", "employee");
    }

    @Test
    void anIncidentIsCorrectedPlannedApprovedImplementedVerifiedAndClosed() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String ownerName = Fixture.username(owner);

        // only the office records incidents
        assertThat(employee.post("/nonconformities", Map.of("description", "x")).status()).isEqualTo(403);
        Api.Reply recorded = office.post("/nonconformities", Map.of("description", "USBメモリの紛失 " + fixture.suffix,
                "grade", "MAJOR", "requirement", "A.7.10"));
        assertThat(recorded.status()).as("%s", recorded.body()).isEqualTo(201);
        long id = recorded.body().get("id").asLong();
        String actionNo = recorded.body().get("actionNo").asText();
        String reference = recorded.body().get("sourceReference").asText();
        assertThat(actionNo).matches("CA-\\d{4}-\\d{3}");
        assertThat(reference).matches("INC-\\d{4}-\\d{3}");
        assertThat(recorded.body().get("state").asText()).isEqualTo("CORRECTION");
        assertThat(recorded.body().get("source").asText()).isEqualTo("INCIDENT");

        // correction and why-why: the ISMS office is responsible where no department is named
        assertThat(ciso.post(path(id, "correction"), Map.of("text", "x")).status()).isEqualTo(403);
        Api.Reply blank = office.post(path(id, "correction"), Map.of("text", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.error()).isEqualTo("corrective.field.required");
        assertThat(step(office.post(path(id, "correction"), Map.of("text", "端末を遠隔消去した")))).isEqualTo("ROOT_CAUSE");
        Api.Reply tooMany = office.post(path(id, "root-cause"), Map.of("whys", List.of("1", "2", "3", "4", "5", "6"),
                "rootCause", "原因"));
        assertThat(tooMany.error()).isEqualTo("corrective.whys.tooMany");
        assertThat(step(office.post(path(id, "root-cause"), Map.of("whys", List.of("持ち出し記録がない", "規程がない"),
                "rootCause", "記録媒体の持ち出し管理がない")))).isEqualTo("PLANNING");

        // the inbox cannot skip a step's work
        String planTask = Fixture.taskId(office, actionNo, "Task_ActionPlan");
        Api.Reply skipped = office.post("/tasks/" + planTask + "/complete", Map.of("decision", "submit"));
        assertThat(skipped.status()).isEqualTo(400);
        assertThat(skipped.error()).isEqualTo("corrective.useForm");

        // plan: not after a past date; then the office approves or returns, but not the planner
        assertThat(office.post(path(id, "plan"), plan(ownerName, today.minusDays(1))).error()).isEqualTo("corrective.dueDate.past");
        assertThat(step(office.post(path(id, "plan"), plan(ownerName, today.plusDays(14))))).isEqualTo("PLAN_APPROVAL");
        Api.Reply own = office.post(path(id, "plan-decision"), Map.of("decision", "approve"));
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.error()).isEqualTo("task.ownSubmission");
        assertThat(ciso.post(path(id, "plan-decision"), Map.of("decision", "approve")).status()).as("only the office approves")
                .isEqualTo(403);
        assertThat(office2.post(path(id, "plan-decision"), Map.of("decision", "return")).error()).isEqualTo("task.comment.required");
        assertThat(step(office2.post(path(id, "plan-decision"), Map.of("decision", "return", "comment", "期限を早めること"))))
                .isEqualTo("PLANNING");
        assertThat(step(office.post(path(id, "plan"), plan(ownerName, today.plusDays(7))))).isEqualTo("PLAN_APPROVAL");
        assertThat(step(office2.post(path(id, "plan-decision"), Map.of("decision", "approve", "comment", "了承"))))
                .isEqualTo("IMPLEMENTATION");

        // the owner's task carries the due date; only the owner implements
        JsonNode implementTask = task(owner, actionNo, "Task_Implement");
        assertThat(implementTask).as("the owner's inbox").isNotNull();
        assertThat(implementTask.get("due").asText()).startsWith(today.plusDays(7).toString());
        assertThat(office.post(path(id, "implementation"), Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(step(owner.post(path(id, "implementation"), Map.of("text", "持ち出し台帳を導入")))).isEqualTo("VERIFICATION");

        // the implementer cannot verify; a failed verification needs a reason and reopens
        Api.Reply ownVerification = owner.post(path(id, "verification"), Map.of("decision", "approve"));
        assertThat(ownVerification.status()).isEqualTo(403);
        assertThat(ownVerification.error()).isEqualTo("task.ownSubmission");
        assertThat(auditor.post(path(id, "verification"), Map.of("decision", "reject")).error()).isEqualTo("task.comment.required");
        Api.Reply reopened = auditor.post(path(id, "verification"), Map.of("decision", "reject", "comment",
                "台帳の記入漏れがある", "reopen", "IMPLEMENTATION"));
        assertThat(step(reopened)).isEqualTo("IMPLEMENTATION");
        assertThat(reopened.body().get("reopenCount").asInt()).isEqualTo(1);
        JsonNode notClosed = reopened.body().get("closedOn");
        assertThat(notClosed == null || notClosed.isNull()).as("nothing closes without verification").isTrue();
        assertThat(step(owner.post(path(id, "implementation"), Map.of("text", "記入を月次で点検")))).isEqualTo("VERIFICATION");
        Api.Reply closed = auditor.post(path(id, "verification"), Map.of("decision", "approve", "comment", "有効"));
        assertThat(step(closed)).isEqualTo("CLOSED");
        assertThat(closed.body().get("closedOn").asText()).isEqualTo(today.toString());
        assertThat(closed.body().get("verifiedBy").asText()).isEqualTo(Fixture.username(auditor));
        List<String> events = new ArrayList<>();
        closed.body().get("history").forEach(h -> events.add(h.get("event").asText()));
        assertThat(events).containsExactly("RAISED", "CORRECTED", "ANALYSED", "PLANNED", "PLAN_RETURNED", "PLANNED",
                "PLAN_APPROVED", "IMPLEMENTED", "REOPENED_IMPLEMENTATION", "IMPLEMENTED", "VERIFIED", "CLOSED");
        assertThat(closed.body().get("decisions").size()).as("every decision and submission recorded").isGreaterThanOrEqualTo(10);

        // the register, filtered in the database by audit (reference prefix) and state
        Api.Reply byReference = ciso.get("/nonconformities?audit=" + reference);
        assertThat(byReference.status()).isEqualTo(200);
        assertThat(byReference.raw().headers().firstValue("X-Total-Count")).hasValue("1");
        assertThat(byReference.body().get(0).get("state").asText()).isEqualTo("CLOSED");
        assertThat(byReference.body().get(0).get("overdue").asBoolean()).isFalse();
        assertThat(ciso.get("/nonconformities?state=OPEN&audit=" + reference).raw().headers().firstValue("X-Total-Count"))
                .hasValue("0");
        assertThat(employee.get("/nonconformities").status()).isEqualTo(403);

        // the report
        HttpResponse<byte[]> pdf = ciso.download(path(id, "report.pdf"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("是正処置報告書", actionNo, "記録媒体の持ち出し管理がない",
                    "記入を月次で点検", "台帳の記入漏れがある");
        }
    }

    @Test
    void theDemoAuditHasOneNonconformityClosedAndOneInImplementation() {
        Assumptions.assumeFalse(Deployments.onPostgres(), "demo data only on the embedded H2 start");
        Api demoOffice = Api.as("office", "demo-password");
        Api.Reply closed = demoOffice.get("/nonconformities?state=CLOSED&audit=IA-2026-1&department=IT");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().size()).isGreaterThanOrEqualTo(1);
        Api.Reply auditOpen = demoOffice.get("/nonconformities?state=IMPLEMENTATION&audit=IA-2026-1&department=HR");
        assertThat(auditOpen.body().size()).isGreaterThanOrEqualTo(1);
        assertThat(auditOpen.body().get(0).get("owner").asText()).isEqualTo("hrhead");
        Api.Reply inImplementation = demoOffice.get("/nonconformities?state=IMPLEMENTATION&department=SALES");
        assertThat(inImplementation.body().size()).isGreaterThanOrEqualTo(1);
        assertThat(inImplementation.body().get(0).get("owner").asText()).isEqualTo("saleshead");
        assertThat(task(Api.as("saleshead", "demo-password"), inImplementation.body().get(0).get("actionNo").asText(),
                "Task_Implement")).isNotNull();
    }

    private static String path(long id, String what) {
        return "/corrective-actions/" + id + "/" + what;
    }

    private static Map<String, Object> plan(String owner, LocalDate due) {
        return Map.of("plan", "記録媒体の持ち出し台帳を導入する", "owner", owner, "dueDate", due.toString());
    }

    private static String step(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply.body()).isEqualTo(200);
        return reply.body().get("state").asText();
    }

    private static JsonNode task(Api user, String businessKey, String taskKey) {
        for (JsonNode task : user.get("/tasks?businessKey=" + businessKey).body()) {
            if (taskKey.equals(task.get("taskKey").asText())) {
                return task;
            }
        }
        return null;
    }
}
