package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo company changes its approved scope through the real screens: the ISMS office edits it
 * (an exclusion without its reason is refused) into version 2 and submits it, the CISO reviews it
 * and the top manager approves it from the inbox; then the context, policy and objectives pages.
 */
class GovernanceBrowserIT extends BrowserJourney {

    private static final String DEMO = "demo-password";
    /** The business key of the version this journey saves, {@code SCOPE-v2} or later (see below). */
    private String key;

    @Override
    String journey() {
        return "scope-approval";
    }

    @Test
    void theOfficeRevisesTheScopeAndTheCisoAndTopManagementApproveIt() {
        browser.login("office", DEMO);
        browser.click(By.id("nav:scopeLink"));
        browser.waitForText(By.id("status"), "承認済み");
        assertThat(browser.text(By.id("scope:exclusions_data"))).contains("大阪物流センター").contains("委託");
        assertThat(browser.text(By.id("scope:workforce_data"))).contains("正社員").contains("業務委託").contains("範囲外");
        assertThat(browser.text(By.cssSelector(".approved-hash"))).containsPattern("[0-9a-f]{64}");
        browser.screenshot("office-scope-v1-approved");

        // Editing the approved version: an exclusion needs its reason, then it saves as version 2.
        browser.click(By.id("scope:editScope"));
        browser.type(By.id("editor:statement"), "株式会社サンプルの本社 (東京) および大阪支店における全事業と情報システムの運用。");
        browser.click(By.id("editor:addExclusion"));
        browser.type(By.id("editor:exclusions:1:subject"), "福岡営業所 (開設準備中)");
        browser.click(By.id("editor:saveScope"));
        browser.waitForText(By.id("messages"), "除外の理由");
        browser.screenshot("office-exclusion-without-reason");
        browser.type(By.id("editor:exclusions:1:justification"), "2027年4月開設予定で、現時点では情報資産を持たないため。");
        browser.click(By.id("editor:saveScope"));
        // version 2, or later where an earlier test (the scope-change audit of the certification cycle) approved one
        browser.waitForText(By.id("messages"), "版 (作成中) として保存しました");
        java.util.regex.Matcher saved = java.util.regex.Pattern.compile("第(\\d+)版").matcher(browser.text(By.id("messages")));
        assertThat(saved.find()).as("the saved version's number in the message").isTrue();
        key = "SCOPE-v" + saved.group(1);
        assertThat(browser.text(By.id("status"))).isEqualTo("作成中");
        assertThat(browser.text(By.id("scope:exclusions_data"))).contains("福岡営業所");
        browser.screenshot("office-scope-v2-draft");

        browser.click(By.id("scope:submitForApproval"));
        browser.type(By.id("submitForm:submissionComment"), "福岡営業所の扱いを追記しました。");
        browser.click(By.id("submitForm:confirmSubmit"));
        browser.waitForText(By.id("status"), "承認手続き中");
        browser.screenshot("office-scope-submitted");
        browser.logout();

        // The CISO reviews what changed, the top manager approves.
        browser.login("ciso", DEMO);
        openTask("CISOレビュー (文書)");
        assertThat(browser.text(By.id("task:exclusions_data"))).contains("福岡営業所").contains("2027年4月開設予定");
        browser.screenshot("ciso-scope-review");
        browser.type(By.id("task:comment"), "除外の理由を確認しました。");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();

        browser.login("top", DEMO);
        openTask("トップマネジメントの承認 (文書)");
        assertThat(browser.text(By.id("latestCommentText"))).contains("除外の理由を確認しました");
        browser.screenshot("top-scope-approval");
        browser.click(By.id("task:approve"));
        browser.waitForText(By.id("messages"), "承認");
        browser.logout();

        // The new version is in force; version 1 is kept, superseded.
        browser.login("employee", DEMO);
        browser.click(By.id("nav:scopeLink"));
        browser.waitForText(By.id("status"), "承認済み");
        assertThat(browser.text(By.id("version"))).contains(key.substring("SCOPE-v".length()));
        List<WebElement> history = browser.waitFor(By.id("scope:history_data")).findElements(By.cssSelector("tr"));
        assertThat(history).extracting(WebElement::getText)
                .anySatisfy(row -> assertThat(row).contains("山田 太郎").contains("承認"));
        assertThat(browser.driver().findElements(By.id("scope:editScope"))).as("employees only read").isEmpty();
        browser.screenshot("employee-scope-v2-approved");
        browser.click(By.linkText("v1"));
        browser.waitForText(By.id("status"), "旧版");

        // The other governance pages of the demo company.
        browser.click(By.id("nav:contextLink"));
        browser.waitForText(By.id("context:issues_data"), "自然災害");
        assertThat(browser.text(By.id("context:parties_data"))).contains("顧客").contains("監督官庁");
        browser.screenshot("employee-context");
        browser.click(By.id("nav:policyLink"));
        browser.waitForText(By.id("policyTitle"), "情報セキュリティ基本方針");
        assertThat(browser.text(By.id("status"))).isEqualTo("承認済み");
        browser.screenshot("employee-policy");
        browser.click(By.id("nav:objectivesLink"));
        browser.waitForText(By.id("objectives:list_data"), "期限超過");
        assertThat(browser.driver().findElements(By.cssSelector("#objectives\\:list_data tr.overdue-row"))).hasSize(1);
        browser.screenshot("employee-objectives");
    }

    private void openTask(String taskName) {
        WebElement table = browser.waitFor(By.id("inbox:tasks_data"));
        WebElement row = table.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains(taskName) && r.getText().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no task '" + taskName + "' in the inbox: " + table.getText()));
        row.findElement(By.cssSelector(".open-task")).click();
        browser.waitFor(By.id("task:comment"));
    }
}
