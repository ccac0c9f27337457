package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The internal audit's screens as the steps users take on them (plan, approve, record, report, review), shared by
 * the journeys that go through an audit. Each step asserts what its user sees and leaves a screenshot.
 */
final class AuditSteps {

    private final Browser browser;

    AuditSteps(Browser browser) {
        this.browser = browser;
    }

    /**
     * The lead auditor, on the audit list, plans an audit of one department with herself as its auditor and submits
     * the plan to the CISO.
     *
     * @return the new audit's number
     */
    String planAndSubmit(String title, String scope, String departmentCode, LocalDate start, LocalDate end) {
        browser.type(By.id("newPlan:title"), title);
        browser.type(By.id("newPlan:scope"), scope);
        browser.type(By.id("newPlan:criteria"), "JIS Q 27001:2023、社内規程");
        browser.type(By.id("newPlan:startDate"), start.toString());
        browser.type(By.id("newPlan:endDate"), end.toString());
        new Select(browser.waitFor(By.id("newPlan:lead"))).selectByValue("auditor");
        new Select(browser.waitFor(By.cssSelector("select.auditor-" + departmentCode))).selectByValue("auditor");
        browser.screenshot("auditor-new-plan");
        browser.click(By.id("newPlan:create"));
        browser.waitForText(By.id("auditStatus"), "計画中");
        String auditNo = browser.text(By.id("auditNo"));
        assertThat(auditNo).startsWith("IA-");
        browser.click(By.id("audit:submitPlan"));
        browser.waitForText(By.id("auditStatus"), "承認待ち");
        browser.screenshot("auditor-plan-submitted");
        return auditNo;
    }

    /** The CISO approves the plan from the inbox after checking the department and the auditor named in it. */
    void approvePlan(String auditNo, String departmentName) {
        browser.openTask("監査計画の承認", auditNo, By.id("auditNo"));
        assertThat(browser.text(By.id("planFacts"))).contains(departmentName, "田中 美咲");
        browser.screenshot("ciso-plan-approval");
        browser.type(By.id("task:comment"), "独立性を確認しました。");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
    }

    /** The auditor opens the audit from the inbox and records a minor nonconformity on a requirement. */
    void recordMinorNonconformity(String auditNo, String requirement, String evidence, String interviewee) {
        browser.openTask("監査の実施と報告", auditNo, By.id("auditNo"));
        browser.waitForText(By.id("auditStatus"), "実施中");
        browser.type(By.id("audit:items:requirementColumn:filter"), requirement);
        // the requirement is not on the unfiltered first page: seeing it first means the filter has been applied
        browser.waitForText(By.id("audit:items:0:requirement"), requirement);
        assertThat(browser.text(By.id("audit:items:0:requirement"))).isEqualTo(requirement);
        browser.click(By.id("audit:items:0:edit"));
        new Select(browser.waitFor(By.id("recordForm:result"))).selectByValue("MINOR_NC");
        browser.type(By.id("recordForm:evidence"), evidence);
        browser.type(By.id("recordForm:interviewee"), interviewee);
        browser.screenshot("auditor-record-nonconformity");
        browser.click(By.id("recordForm:saveResult"));
        browser.waitForText(By.id("audit:items_data"), "軽微な不適合");
        browser.screenshot("auditor-checklist");
    }

    /** The lead auditor submits the report; its one finding is listed as open, numbered after the audit. */
    void submitReport(String auditNo, String summary) {
        browser.type(By.id("audit:summary"), summary);
        browser.click(By.id("audit:submitReport"));
        browser.waitForText(By.id("auditStatus"), "報告済み");
        assertThat(browser.text(By.id("audit:findings_data"))).contains(auditNo + " / 1", "対応中");
        browser.screenshot("auditor-report-submitted");
    }

    /** Top management reviews the report from the inbox; the audit page then shows the comment and the report's hash. */
    void reviewReport(String auditNo, String finding, String comment) {
        browser.openTask("監査報告のレビュー", auditNo, By.id("auditNo"));
        assertThat(browser.text(By.id("task:findings_data"))).contains(finding);
        browser.type(By.id("task:comment"), comment);
        browser.screenshot("top-review");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        openAudit(auditNo);
        browser.waitForText(By.id("auditStatus"), "レビュー済み");
        assertThat(browser.text(By.id("reviewComment"))).contains(comment);
        assertThat(browser.text(By.id("reportSha"))).matches("[0-9a-f]{64}");
        browser.screenshot("top-audit-reviewed");
    }

    /** Opens the audit's page from the menu's audit list. */
    void openAudit(String auditNo) {
        browser.click(By.id("nav:auditsLink"));
        browser.click(By.linkText(auditNo));
        browser.waitForText(By.id("auditNo"), auditNo);
    }
}
