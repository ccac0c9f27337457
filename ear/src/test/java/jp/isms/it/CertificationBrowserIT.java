package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo company's certification through the real screens: the ISMS office compares the quotes side by side,
 * adds a fifth one and submits its choice; the CISO and the top manager approve it from the inbox; then the
 * audits (certified, readiness), the initial audit with its findings and interviews, and the certificate with
 * the rule on the mark.
 */
class CertificationBrowserIT extends BrowserJourney {

    private static final String DEMO = "demo-password";

    @Override
    String journey() {
        return "certification";
    }

    @Test
    void fromTheQuotesToTheCertificate() {
        browser.login("office", DEMO);
        browser.click(By.id("nav:certificationBodiesLink"));
        String comparison = browser.text(By.id("comparison"));
        assertThat(comparison).contains("株式会社サンプル認証機構", "一般財団法人サンプル審査協会", "サンプル・アシュアランス株式会社",
                "株式会社サンプル品質保証センター", "1,110,000", "選定済み");
        browser.screenshot("office-quotes-side-by-side");

        String name = "審査機関E " + System.currentTimeMillis() % 100000;
        browser.type(By.id("bodies:name"), name);
        browser.type(By.id("bodies:manDays_input"), "5.5");
        browser.type(By.id("bodies:dayRate_input"), "200000");
        browser.click(By.id("bodies:saveQuote"));
        browser.waitForText(By.id("comparison"), name);
        assertThat(browser.text(By.id("comparison"))).contains("1,100,000");
        browser.choose("bodies:chosenBody", name);
        browser.type(By.id("bodies:reason"), "単価は高いが工数が少なく、合計が最も安い。");
        browser.click(By.id("bodies:submitSelection"));
        browser.waitForText(By.id("messages"), "CISOのレビュー待ち");
        browser.screenshot("office-choice-submitted");
        browser.logout();

        browser.login("ciso", DEMO);
        openTask("CISOレビュー (審査機関の選定)");
        assertThat(browser.text(By.id("chosenBody"))).isEqualTo(name);
        browser.screenshot("ciso-reviews-choice");
        browser.type(By.id("task:comment"), "合計額で妥当。");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();

        browser.login("top", DEMO);
        openTask("審査機関の選定の承認");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));

        browser.click(By.id("nav:certificationAuditsLink"));
        assertThat(browser.text(By.id("audits:statusText"))).isEqualTo("認証取得済み");
        assertThat(browser.text(By.id("audits:readiness"))).contains("適用範囲の承認", "適用宣言書の承認", "内部監査の実施");
        browser.screenshot("top-audits-certified");
        browser.click(By.linkText("CB-2025-INITIAL"));
        assertThat(browser.text(By.id("audit:findings"))).contains("軽微な不適合", "退職者のSaaSアカウント", "2026-02-05", "観察事項");
        assertThat(browser.text(By.id("audit:interviews"))).contains("トップマネジメント", "情報システム部", "営業部");
        assertThat(browser.text(By.id("auditStatus"))).isEqualTo("登録証 発行済み");
        browser.screenshot("top-initial-audit");

        browser.click(By.id("nav:certificateLink"));
        assertThat(browser.text(By.id("certificateNo"))).isEqualTo("IS 123456");
        assertThat(browser.text(By.id("expiryDate"))).isEqualTo("2029-02-15");
        assertThat(browser.text(By.id("markUsage"))).contains("認証された適用範囲に限られます");
        browser.screenshot("top-certificate");
        browser.logout();
    }

    private void openTask(String taskName) {
        WebElement table = browser.waitFor(By.id("inbox:tasks_data"));
        WebElement row = table.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains(taskName) && r.getText().contains("CB-SELECTION-")).findFirst()
                .orElseThrow(() -> new AssertionError("no task '" + taskName + "' in the inbox: " + table.getText()));
        row.findElement(By.cssSelector(".open-task")).click();
        browser.waitFor(By.id("task:comment"));
    }
}
