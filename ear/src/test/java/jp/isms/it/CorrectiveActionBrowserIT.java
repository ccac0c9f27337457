package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.openqa.selenium.By;
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
        CorrectiveSteps steps = new CorrectiveSteps(browser);
        browser.login("depthead", DEMO);
        steps.correctAnalyseAndPlan("depthead", actionNo, "アクセス権を情報システム部のみに戻した",
                "フォルダ作成時の既定の権限が全社員だったから", "ファイルサーバの既定設定を誰も見直していなかったから",
                "ファイルサーバの既定権限の管理責任者がいない", "既定権限を部門限定に変更し、四半期ごとに権限を棚卸しする",
                LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(21));
        browser.logout();

        // The office approves the plan.
        browser.login("office", DEMO);
        steps.approvePlan(actionNo, "四半期ごとに権限を棚卸し");
        browser.logout();

        // The head implements; the auditor (not the implementer) verifies and closes.
        browser.login("depthead", DEMO);
        steps.implement("depthead", actionNo, "既定権限を変更し、初回の棚卸しを実施した");
        browser.logout();

        browser.login("auditor", DEMO);
        steps.verifyEffective(actionNo, "全社員に開放されたフォルダがないことを確認した");

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
}
