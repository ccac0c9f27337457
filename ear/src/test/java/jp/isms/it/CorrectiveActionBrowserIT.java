package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The demo company handles an incident through the real screens: the ISMS office records it for the IT department,
 * the IT department head corrects it, analyses it (why-why) and plans the action, the office approves the plan, the
 * head implements it and the internal auditor verifies it; the register then shows it closed with its history.
 */
class CorrectiveActionBrowserIT extends BrowserJourney {

    private static final String DEMO = "demo-password";

    @Override
    String journey() {
        return "corrective-action";
    }

    @Test
    void anIncidentGoesFromTheRegisterThroughEveryStepToItsVerifiedClosure() {
        // the PostgreSQL run excludes browser journeys, unless -Dit.test names one: it has no demo users
        Assumptions.assumeFalse(Deployments.onPostgres(), "a journey of the demo company (embedded H2 start)");
        // The register of the demo company: one action closed, one in implementation.
        browser.login("office", DEMO);
        browser.click(By.id("nav:nonconformitiesLink"));
        browser.waitForText(By.id("register:list_data"), "完了 (有効性確認済み)");
        assertThat(browser.text(By.id("register:list_data"))).contains("実施中").contains("IA-2026-1 / 2")
                .contains("退職者 3 名のアカウント");
        browser.screenshot("office-register-demo");

        // The office records an incident for the IT department.
        browser.click(By.id("register:recordIncident"));
        browser.type(By.id("incidentForm:description"), "共有フォルダのアクセス権が全社員に開放されていた");
        browser.choose("incidentForm:department", "情報システム部");
        browser.type(By.id("incidentForm:requirement"), "A.8.3");
        browser.screenshot("office-incident-dialog");
        browser.click(By.id("incidentForm:saveIncident"));
        browser.waitForText(By.id("actionState"), "修正待ち");
        String actionNo = browser.text(By.id("actionNo"));
        browser.screenshot("office-action-opened");
        browser.logout();

        // The IT department head corrects, analyses and plans.
        browser.login("depthead", DEMO);
        openTask("修正 (応急処置)", actionNo, "task:text");
        browser.type(By.id("task:text"), "アクセス権を情報システム部のみに戻した");
        browser.screenshot("depthead-correction");
        browser.click(By.id("task:submitStep"));
        browser.waitForText(By.id("actionState"), "原因分析中");
        browser.click(By.id("nav:inboxLink"));
        openTask("原因分析", actionNo, "task:rootCause");
        browser.type(By.id("task:whyList:0:why"), "フォルダ作成時の既定の権限が全社員だったから");
        browser.type(By.id("task:whyList:1:why"), "ファイルサーバの既定設定を誰も見直していなかったから");
        browser.type(By.id("task:rootCause"), "ファイルサーバの既定権限の管理責任者がいない");
        browser.screenshot("depthead-why-why");
        browser.click(By.id("task:submitStep"));
        browser.waitForText(By.id("actionState"), "計画作成中");
        browser.click(By.id("nav:inboxLink"));
        openTask("是正処置計画", actionNo, "task:plan");
        browser.type(By.id("task:plan"), "既定権限を部門限定に変更し、四半期ごとに権限を棚卸しする");
        browser.choose("task:owner", "(depthead)");
        browser.type(By.id("task:dueDate"), LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(21).toString());
        browser.screenshot("depthead-plan");
        browser.click(By.id("task:submitStep"));
        browser.waitForText(By.id("actionState"), "計画承認待ち");
        browser.logout();

        // The office approves the plan.
        browser.login("office", DEMO);
        openTask("是正処置計画の承認", actionNo, "task:comment");
        assertThat(browser.text(By.id("plan"))).contains("四半期ごとに権限を棚卸し");
        browser.screenshot("office-plan-approval");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();

        // The head implements; the auditor (not the implementer) verifies and closes.
        browser.login("depthead", DEMO);
        openTask("是正処置の実施", actionNo, "task:text");
        browser.type(By.id("task:text"), "既定権限を変更し、初回の棚卸しを実施した");
        browser.click(By.id("task:submitStep"));
        browser.waitForText(By.id("actionState"), "有効性確認待ち");
        browser.screenshot("depthead-implemented");
        browser.logout();

        browser.login("auditor", DEMO);
        openTask("是正処置の有効性確認", actionNo, "task:verificationComment");
        browser.type(By.id("task:verificationComment"), "全社員に開放されたフォルダがないことを確認した");
        browser.screenshot("auditor-verification");
        browser.click(By.id("task:effective"));
        browser.waitFor(By.id("inbox:tasks"));

        // The register shows it closed; its page has the whole history.
        browser.click(By.id("nav:nonconformitiesLink"));
        browser.waitFor(By.id("register:list_data"));
        browser.click(By.linkText(actionNo));
        browser.waitForText(By.id("actionState"), "完了");
        assertThat(browser.text(By.id("action:events_data"))).contains("不適合の登録").contains("計画を承認")
                .contains("有効性を確認").contains("田中 美咲");
        assertThat(browser.text(By.id("whys"))).contains("既定の権限が全社員");
        browser.screenshot("auditor-action-closed");
    }

    private void openTask(String taskName, String businessKey, String waitForId) {
        WebElement table = browser.waitFor(By.id("inbox:tasks_data"));
        WebElement row = table.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains(taskName) && r.getText().contains(businessKey)).findFirst()
                .orElseThrow(() -> new AssertionError("no task '" + taskName + "' in the inbox: " + table.getText()));
        row.findElement(By.cssSelector(".open-task")).click();
        browser.waitFor(By.id(waitForId));
    }
}
