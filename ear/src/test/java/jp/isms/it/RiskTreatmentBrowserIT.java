package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo company's head of IT works through risk treatment on the real screens: the heat maps on the register
 * and a click that filters it, one risk's controls and plan items, the catalogue's proposals for IT's assets (keeps
 * one), and the treatment plan with its overdue item. On the demo data only (H2).
 */
class RiskTreatmentBrowserIT extends BrowserJourney {

    private static final String KEY = "RA-2026-01";

    @Override
    String journey() {
        return "risk-treatment";
    }

    @Test
    void headOfItSeesHeatMapsPlansTreatmentAndKeepsAProposal() {
        browser.login("depthead", "demo-password");

        // the register of the demo assessment with its two heat maps; R-001 is likelihood 4 × impact 5
        browser.open("/app/risk/register.xhtml?key=" + KEY);
        browser.waitFor(By.id("heatmap-inherent"));
        By inherentFourFive = By.xpath("//div[@id='heatmap-inherent']//tr[1]/td[4]//a");
        assertThat(browser.text(inherentFourFive)).isEqualTo("1");
        assertThat(browser.text(By.id("heatmap-residual"))).isNotBlank();
        browser.screenshot("register-heat-maps");
        browser.click(inherentFourFive);
        browser.waitForText(By.cssSelector("#register\\:risks .ui-paginator-current"), "1 件");
        assertThat(browser.text(By.id("register:risks_data"))).contains("R-001").doesNotContain("R-002");
        assertThat(browser.text(By.cssSelector(".heatmap-filter"))).contains("発生可能性 4").contains("影響度 5");
        browser.screenshot("register-filtered-by-cell");

        // R-001's treatment: the demo's controls and plan items
        browser.click(By.cssSelector("#register\\:risks_data .open-treatment"));
        browser.waitForText(By.id("treatmentForm"), "管理者アカウントへの多要素認証の適用");
        assertThat(browser.text(By.id("treatmentForm"))).contains("8.5").contains("5.17");
        browser.screenshot("risk-treatment-dialog");

        // the catalogue's proposals for IT's assets; keep the first
        browser.open("/app/risk/proposals.xhtml");
        browser.waitForText(By.id("proposals:proposalTable_data"), "クラウドストレージ");
        assertThat(browser.text(By.id("proposals:proposalTable_data"))).doesNotContain("取引先メール");
        browser.screenshot("proposals-of-it");
        browser.click(By.cssSelector("#proposals\\:proposalTable_data .keep-proposal"));
        browser.click(By.id("keepForm:confirmKeep"));
        browser.waitForText(By.id("messages"), "提案を採用し");
        browser.screenshot("proposal-kept");

        // the treatment plan: sorted by due date, the overdue item marked
        browser.open("/app/risk/treatment-plan.xhtml?key=" + KEY);
        browser.waitForText(By.id("plan:items_data"), "期限超過");
        assertThat(browser.text(By.id("plan:items_data"))).contains("オフラインバックアップの世代管理の導入");
        browser.screenshot("treatment-plan");
    }
}
