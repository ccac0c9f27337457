package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.openqa.selenium.By;

/**
 * A corrective action's steps as their users take them from the inbox (correction, why-why, plan, approval,
 * implementation, verification), shared by the journeys that carry a nonconformity to its closure.
 */
final class CorrectiveSteps {

    private final Browser browser;

    CorrectiveSteps(Browser browser) {
        this.browser = browser;
    }

    /**
     * The responsible department head (logged in as {@code head}) corrects, analyses with two whys and plans the
     * action with themselves as its owner; the action then waits for the office's approval.
     */
    void correctAnalyseAndPlan(String head, String actionNo, String correction, String why1, String why2,
            String rootCause, String plan, LocalDate due) {
        browser.openTask("修正 (応急処置)", actionNo, By.id("task:text"));
        browser.type(By.id("task:text"), correction);
        browser.screenshot(head + "-correction");
        browser.click(By.id("task:submitStep"));
        browser.waitForText(By.id("actionState"), "原因分析中");
        browser.click(By.id("nav:inboxLink"));
        browser.openTask("原因分析", actionNo, By.id("task:rootCause"));
        browser.type(By.id("task:whyList:0:why"), why1);
        browser.type(By.id("task:whyList:1:why"), why2);
        browser.type(By.id("task:rootCause"), rootCause);
        browser.screenshot(head + "-why-why");
        browser.click(By.id("task:submitStep"));
        browser.waitForText(By.id("actionState"), "計画作成中");
        browser.click(By.id("nav:inboxLink"));
        browser.openTask("是正処置計画", actionNo, By.id("task:plan"));
        browser.type(By.id("task:plan"), plan);
        browser.choose("task:owner", "(" + head + ")");
        browser.type(By.id("task:dueDate"), due.toString());
        browser.screenshot(head + "-plan");
        browser.click(By.id("task:submitStep"));
        browser.waitForText(By.id("actionState"), "計画承認待ち");
    }

    /** The ISMS office approves the plan it reads on the task. */
    void approvePlan(String actionNo, String planExcerpt) {
        browser.openTask("是正処置計画の承認", actionNo, By.id("task:comment"));
        assertThat(browser.text(By.id("plan"))).contains(planExcerpt);
        browser.screenshot("office-plan-approval");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
    }

    /** The owner (logged in as {@code owner}) reports the action implemented; it waits for verification. */
    void implement(String owner, String actionNo, String done) {
        browser.openTask("是正処置の実施", actionNo, By.id("task:text"));
        browser.type(By.id("task:text"), done);
        browser.click(By.id("task:submitStep"));
        browser.waitForText(By.id("actionState"), "有効性確認待ち");
        browser.screenshot(owner + "-implemented");
    }

    /** Someone other than the implementer (here the internal auditor) verifies the action effective. */
    void verifyEffective(String actionNo, String comment) {
        browser.openTask("是正処置の有効性確認", actionNo, By.id("task:verificationComment"));
        browser.type(By.id("task:verificationComment"), comment);
        browser.screenshot("auditor-verification");
        browser.click(By.id("task:effective"));
        browser.waitFor(By.id("inbox:tasks"));
    }
}
