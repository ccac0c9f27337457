package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An internal audit of the demo company through the real screens: the auditor plans it (her own department is
 * not offered, and the screen says why), the CISO approves the plan, the auditor records a nonconformity with
 * its evidence and submits the report, top management reviews it.
 */
class InternalAuditBrowserIT extends BrowserJourney {

    private static final String DEMO = "demo-password";

    @Override
    String journey() {
        return "internal-audit";
    }

    @Test
    void planApprovalNonconformityReportAndReview() {
        assumeFalse(Deployments.onPostgres(), "the demo company exists on the embedded H2 start only");
        browser.login("auditor", DEMO);
        browser.click(By.id("nav:auditsLink"));
        browser.waitForText(By.id("audits:auditTable_data"), "IA-2026-1");
        assertThat(browser.text(By.id("audits:auditTable_data"))).contains("レビュー済み", "IA-2026-1 / 1", "計画中");
        browser.screenshot("auditor-audits");

        // the plan: her own department (HR) is not offered, with the reason
        WebElement hr = browser.waitFor(By.cssSelector("select.auditor-HR"));
        assertThat(new Select(hr).getOptions()).noneMatch(o -> o.getText().contains("田中"));
        assertThat(browser.text(By.id("team"))).contains("自分の所属部門");
        browser.type(By.id("newPlan:title"), "2026年度 臨時内部監査 (総務部)");
        browser.type(By.id("newPlan:scope"), "総務部 (本社 東京)");
        browser.type(By.id("newPlan:criteria"), "JIS Q 27001:2023、社内規程");
        browser.type(By.id("newPlan:startDate"), "2026-12-01");
        browser.type(By.id("newPlan:endDate"), "2026-12-04");
        new Select(browser.waitFor(By.id("newPlan:lead"))).selectByValue("auditor");
        new Select(browser.waitFor(By.cssSelector("select.auditor-GA"))).selectByValue("auditor");
        browser.screenshot("auditor-new-plan");
        browser.click(By.id("newPlan:create"));
        browser.waitForText(By.id("auditStatus"), "計画中");
        String auditNo = browser.text(By.id("auditNo"));
        assertThat(auditNo).startsWith("IA-2026-");
        browser.click(By.id("audit:submitPlan"));
        browser.waitForText(By.id("auditStatus"), "承認待ち");
        browser.screenshot("auditor-plan-submitted");
        browser.logout();

        browser.login("ciso", DEMO);
        openTask("監査計画の承認", auditNo, By.id("auditNo"));
        assertThat(browser.text(By.id("planFacts"))).contains("総務部", "田中 美咲");
        browser.screenshot("ciso-plan-approval");
        browser.type(By.id("task:comment"), "独立性を確認しました。");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();

        // the auditor records a minor nonconformity on 7.2 with its evidence and the interviewee
        browser.login("auditor", DEMO);
        openTask("監査の実施と報告", auditNo, By.id("auditNo"));
        browser.waitForText(By.id("auditStatus"), "実施中");
        browser.type(By.id("audit:items:requirementColumn:filter"), "7.2");
        // A.7.2 is not on the unfiltered first page: seeing it means the filter has been applied
        browser.waitForText(By.id("audit:items_data"), "A.7.2");
        assertThat(browser.text(By.id("audit:items:0:requirement"))).isEqualTo("7.2");
        browser.click(By.id("audit:items:0:edit"));
        new Select(browser.waitFor(By.id("recordForm:result"))).selectByValue("MINOR_NC");
        browser.type(By.id("recordForm:evidence"), "総務部員 8 名中 1 名の教育受講記録がない。");
        browser.type(By.id("recordForm:interviewee"), "加藤 誠司");
        browser.screenshot("auditor-record-nonconformity");
        browser.click(By.id("recordForm:saveResult"));
        browser.waitForText(By.id("audit:items_data"), "軽微な不適合");
        browser.screenshot("auditor-checklist");
        browser.type(By.id("audit:summary"), "軽微な不適合 1 件 (教育記録の欠落)。");
        browser.click(By.id("audit:submitReport"));
        browser.waitForText(By.id("auditStatus"), "報告済み");
        assertThat(browser.text(By.id("audit:findings_data"))).contains(auditNo + " / 1", "対応中");
        browser.screenshot("auditor-report-submitted");
        browser.logout();

        browser.login("top", DEMO);
        openTask("監査報告のレビュー", auditNo, By.id("auditNo"));
        assertThat(browser.text(By.id("task:findings_data"))).contains("教育受講記録");
        browser.type(By.id("task:comment"), "全部門で教育記録を点検すること。");
        browser.screenshot("top-review");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.click(By.id("nav:auditsLink"));
        browser.click(By.linkText(auditNo));
        browser.waitForText(By.id("auditStatus"), "レビュー済み");
        assertThat(browser.text(By.id("reviewComment"))).contains("全部門で教育記録を点検すること");
        assertThat(browser.text(By.id("reportSha"))).matches("[0-9a-f]{64}");
        browser.screenshot("top-audit-reviewed");
    }
}
