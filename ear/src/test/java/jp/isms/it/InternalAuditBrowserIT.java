package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.time.LocalDate;
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
        AuditSteps audit = new AuditSteps(browser);
        String auditNo = audit.planAndSubmit("2026年度 臨時内部監査 (総務部)", "総務部 (本社 東京)", "GA",
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 4));
        assertThat(auditNo).startsWith("IA-2026-");
        browser.logout();

        browser.login("ciso", DEMO);
        audit.approvePlan(auditNo, "総務部");
        browser.logout();

        // the auditor records a minor nonconformity on 7.2 with its evidence and the interviewee
        browser.login("auditor", DEMO);
        audit.recordMinorNonconformity(auditNo, "7.2", "総務部員 8 名中 1 名の教育受講記録がない。", "加藤 誠司");
        audit.submitReport(auditNo, "軽微な不適合 1 件 (教育記録の欠落)。");
        browser.logout();

        browser.login("top", DEMO);
        audit.reviewReport(auditNo, "教育受講記録", "全部門で教育記録を点検すること。");
    }
}
