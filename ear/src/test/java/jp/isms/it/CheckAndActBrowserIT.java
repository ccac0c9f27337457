package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Check and act in one journey of the demo company, as its people would go through it: the auditor plans an audit
 * of the sales department and the CISO approves it; the auditor finds a minor nonconformity and reports; top
 * management reviews the report; the nonconformity's corrective action, found in the register by the audit's
 * number, goes through the sales head's correction, why-why and plan, the office's approval, implementation and the
 * auditor's verification to its closure, which the audit shows too; the office then schedules a management review
 * whose draft reports that audit and its closed finding, records the meeting, and top management signs the minutes.
 */
class CheckAndActBrowserIT extends BrowserJourney {

    private static final String DEMO = "demo-password";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private static final String EVIDENCE = "営業部の顧客名簿の持出し記録 12 件中 2 件に上長の承認がない。";

    @Override
    String journey() {
        return "check-and-act";
    }

    @Test
    void fromTheAuditPlanThroughTheCorrectiveActionToTheSignedManagementReview() {
        Assumptions.assumeFalse(Deployments.onPostgres(), "a journey of the demo company (embedded H2 start)");
        AuditSteps audit = new AuditSteps(browser);
        CorrectiveSteps action = new CorrectiveSteps(browser);
        ReviewSteps review = new ReviewSteps(browser);

        // 1. The plan: the auditor (HR) audits sales, which is not her department; the CISO approves.
        browser.login("auditor", DEMO);
        browser.click(By.id("nav:auditsLink"));
        browser.waitFor(By.id("newPlan:title"));
        String auditNo = audit.planAndSubmit("営業部 特別内部監査 (持出し管理) " + System.currentTimeMillis(),
                "営業部 (本社 東京)", "SALES", TODAY, TODAY.plusDays(2));
        browser.logout();
        browser.login("ciso", DEMO);
        audit.approvePlan(auditNo, "営業部");
        browser.logout();

        // 2. The audit: a minor nonconformity on A.5.14 with its evidence; the report; top management's review.
        browser.login("auditor", DEMO);
        audit.recordMinorNonconformity(auditNo, "A.5.14", EVIDENCE, "中村 大輔");
        audit.submitReport(auditNo, "軽微な不適合 1 件 (持出し承認の欠落)。");
        browser.logout();
        browser.login("top", DEMO);
        audit.reviewReport(auditNo, "上長の承認がない", "持出し承認の運用を全部門で確認すること。");
        browser.logout();

        // 3. The corrective action: the register filtered by the audit shows the one action, waiting for the sales
        // head's correction.
        browser.login("office", DEMO);
        browser.open("/app/corrective/register.xhtml?audit=" + auditNo);
        browser.waitForText(By.id("auditFilter"), auditNo);
        String row = browser.text(By.id("register:list_data"));
        assertThat(row).contains(auditNo + " / 1", "内部監査", "軽微", "営業部", "修正待ち");
        assertThat(browser.driver().findElements(By.cssSelector("[id='register:list_data'] a.action-link"))).hasSize(1);
        String actionNo = browser.text(By.cssSelector("[id='register:list_data'] a.action-link"));
        // the whole number, not a prefix that would match every action's task in the inbox
        assertThat(actionNo).matches("CA-\\d{4}-\\d{3}");
        browser.screenshot("office-register-by-audit");
        browser.logout();

        browser.login("saleshead", DEMO);
        action.correctAnalyseAndPlan("saleshead", actionNo, "承認のない 2 件の持出しについて上長の事後承認を得た",
                "持出し記録の様式に承認欄がなかったから", "様式を改訂するときに持出し規程と照合しなかったから",
                "持出し規程と記録様式の整合を確認する手順がない",
                "記録様式に上長承認欄を設け、月次で持出し記録を点検する", TODAY.plusDays(30));
        browser.logout();
        browser.login("office", DEMO);
        action.approvePlan(actionNo, "月次で持出し記録を点検");
        browser.logout();
        browser.login("saleshead", DEMO);
        action.implement("saleshead", actionNo, "様式を改訂し、11 月分の持出し記録を点検した");
        browser.logout();

        // Verified by the auditor, not by the sales head who implemented it: closed in the register and in the audit.
        browser.login("auditor", DEMO);
        action.verifyEffective(actionNo, "改訂後の持出し記録 15 件すべてに上長の承認があることを確認した");
        browser.open("/app/corrective/register.xhtml?audit=" + auditNo);
        browser.waitForText(By.id("register:list_data"), "完了 (有効性確認済み)");
        assertThat(browser.text(By.id("register:list_data"))).contains(actionNo);
        browser.screenshot("auditor-register-closed");
        audit.openAudit(auditNo);
        assertThat(browser.text(By.id("audit:findings_data"))).contains(auditNo + " / 1", "完了 (");
        browser.screenshot("auditor-finding-closed");
        browser.logout();

        // 4. The management review: its draft reports the audit and its closed finding.
        browser.login("office", DEMO);
        browser.click(By.id("nav:managementReviewLink"));
        String reviewNo = review.schedule(TODAY.plusDays(7), "本社 第二会議室", TODAY.minusDays(1), TODAY.plusDays(6));
        assertThat(review.drafts())
                .anySatisfy(t -> assertThat(t).contains(auditNo, "軽微な不適合 1", auditNo + " / 1", EVIDENCE,
                        "是正処置 完了"))
                .anySatisfy(t -> assertThat(t).containsPattern("完了 [1-9][0-9]* 件"));
        browser.scrollTo(browser.driver().findElements(By.cssSelector("#review textarea[id$=':draft']")).stream()
                .filter(t -> t.getAttribute("value").contains(auditNo)).findFirst().orElseThrow());
        browser.screenshot("office-draft-with-audit");
        review.recordMeeting(reviewNo, "山田 太郎", "代表取締役", "持出し管理の是正は有効と判断した。",
                "持出し記録の様式を全部門で点検する", "saleshead", TODAY.plusMonths(2));
        review.submit();
        browser.logout();

        browser.login("top", DEMO);
        review.sign(reviewNo, "持出し記録の様式を全部門で点検する", "持出し管理の是正は有効と判断した");
        browser.logout();
        browser.login("office", DEMO);
        review.assertSigned(reviewNo);
    }
}
