package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The demo company's office and top manager take a certification project through its kickoff on the real
 * screens: the office adjusts the proposed schedule and submits it, top management returns it with a comment,
 * the office resubmits, top management approves, and the office records the first actual dates against the
 * baseline. Also the demo project under way, with its late step.
 */
class KickoffBrowserIT extends BrowserJourney {

    private static final String DEMO = "demo-password";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Override
    String journey() {
        return "kickoff";
    }

    @Test
    void adjustSubmitReturnResubmitApproveAndRecordProgress() {
        Api officeApi = Api.as("office", DEMO);
        String name = "全社ISMS認証取得 " + new Fixture().suffix;
        Api.Reply created = officeApi.post("/projects", Map.of("name", name, "kickoff", TODAY.toString(),
                "targetDate", TODAY.plusMonths(10).toString(), "scopeOutline", "本社および大阪支社",
                "certificationBodies", List.of("JQA"),
                "team", List.of(Map.of("username", "top", "role", "SPONSOR"),
                        Map.of("username", "office", "role", "PROJECT_LEADER"))));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        long id = created.body().get("id").asLong();
        String key = created.body().get("key").asText();
        JsonNode p04 = Fixture.step(created.body(), "P-04");

        // The office finds the project from the menu and sees the proposed schedule.
        browser.login("office", DEMO);
        browser.click(By.id("nav:projectLink"));
        browser.waitFor(By.id("project:steps"));
        browser.open("/app/project/project.xhtml?id=" + id);
        assertThat(browser.text(By.id("projectName"))).isEqualTo(name);
        assertThat(browser.text(By.id("projectStatus"))).isEqualTo("作成中");
        assertThat(browser.text(By.id("project:steps_data"))).contains("リスクの識別").contains("ISMS認証取得");
        browser.screenshot("office-proposed-schedule");

        // Dates that end before they start are refused with a message; good dates move what follows.
        editStep("P-04", p04.get("plannedEnd").asText(), p04.get("plannedStart").asText());
        browser.waitForText(By.id("messages"), "より前です");
        browser.screenshot("office-step-refused");
        browser.open("/app/project/project.xhtml?id=" + id);
        editStep("P-04", LocalDate.parse(p04.get("plannedStart").asText()).plusDays(7).toString(),
                LocalDate.parse(p04.get("plannedEnd").asText()).plusDays(7).toString());
        browser.waitForText(By.id("messages"), "工程 P-04 を保存しました");
        assertThat(Fixture.step(officeApi.get("/projects/" + id).body(), "P-05").get("plannedStart").asText())
                .isEqualTo(LocalDate.parse(Fixture.step(created.body(), "P-05").get("plannedStart").asText()).plusDays(7).toString());
        browser.screenshot("office-step-moved");

        // The office submits the kickoff.
        browser.click(By.id("project:submitKickoff"));
        browser.type(By.id("submitForm:submissionComment"), "推進体制とマスタースケジュールです。ご承認ください。");
        browser.click(By.id("submitForm:confirmSubmit"));
        browser.waitForText(By.id("projectStatus"), "承認手続き中");
        browser.screenshot("office-submitted");
        browser.logout();

        // Top management returns it: not without a reason.
        browser.login("top", DEMO);
        openTask("キックオフの承認", key);
        assertThat(browser.text(By.id("projectName"))).isEqualTo(name);
        browser.screenshot("top-approval-form");
        browser.click(By.id("task:return"));
        browser.waitForText(By.id("messages"), "理由をコメントに入力してください");
        browser.type(By.id("task:comment"), "内部監査員を推進体制に加えてください。");
        browser.click(By.id("task:return"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();

        // The office reads the comment and resubmits.
        browser.login("office", DEMO);
        openTask("キックオフの修正・再提出", key);
        assertThat(browser.text(By.id("latestCommentText"))).isEqualTo("内部監査員を推進体制に加えてください。");
        browser.screenshot("office-revise-form");
        browser.type(By.id("task:comment"), "推進体制に内部監査員を加えました。");
        browser.click(By.id("task:resubmit"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();

        // Top management approves: the commitment.
        browser.login("top", DEMO);
        openTask("キックオフの承認", key);
        browser.type(By.id("task:comment"), "全社で取り組みます。");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();

        // The schedule is the baseline; the office records the first actual dates.
        browser.login("office", DEMO);
        browser.open("/app/project/project.xhtml?id=" + id);
        assertThat(browser.text(By.id("projectStatus"))).isEqualTo("承認済み (ベースライン確定)");
        assertThat(browser.text(By.id("project:history_data"))).contains("全社で取り組みます。").contains("差戻し");
        editStep("I-01", TODAY.toString(), TODAY.toString());
        browser.waitForText(By.id("messages"), "工程 I-01 を保存しました");
        assertThat(row("I-01").getText()).contains("完了");
        assertThat(browser.text(By.id("project:phases_data"))).contains("PJ準備フェーズ");
        scrollTo(By.id("project:phases"));
        browser.screenshot("office-baseline-and-progress");

        // The demo project is under way, with a late step highlighted.
        JsonNode demo = officeApi.get("/projects?name=" + URLEncoder.encode("ISMS認証取得プロジェクト 2026",
                StandardCharsets.UTF_8)).body().get(0);
        browser.open("/app/project/project.xhtml?id=" + demo.get("id").asLong());
        browser.waitForText(By.id("project:lateCount"), "遅延");
        List<WebElement> lateRows = browser.driver().findElements(By.cssSelector("#project\\:steps_data tr.late-row"));
        assertThat(lateRows).isNotEmpty();
        scrollTo(By.id("project:phases"));
        browser.screenshot("demo-project-progress");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                lateRows.get(0));
        browser.screenshot("demo-project-late-step");
    }

    private WebElement row(String code) {
        return browser.waitFor(By.id("project:steps_data")).findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().startsWith(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + code));
    }

    private void editStep(String code, String start, String end) {
        row(code).findElement(By.cssSelector(".edit-step")).click();
        browser.type(By.id("stepForm:stepStart"), start);
        browser.type(By.id("stepForm:stepEnd"), end);
        browser.click(By.id("stepForm:saveStep"));
    }

    private void scrollTo(By target) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", browser.waitFor(target));
    }

    private void openTask(String taskName, String key) {
        WebElement table = browser.waitFor(By.id("inbox:tasks_data"));
        WebElement found = table.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains(taskName) && r.getText().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no task '" + taskName + "' in the inbox: " + table.getText()));
        found.findElement(By.cssSelector(".open-task")).click();
        browser.waitFor(By.id("task:comment"));
    }
}
