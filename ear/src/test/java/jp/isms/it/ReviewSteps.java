package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;

/**
 * The management review's screens as the ISMS office and top management use them (schedule, record the meeting,
 * submit, sign, read the signed minutes), shared by the journeys that end in a signed review.
 */
final class ReviewSteps {

    private final Browser browser;

    ReviewSteps(Browser browser) {
        this.browser = browser;
    }

    /**
     * The office schedules a review for the period from the list page; the system compiles the draft.
     *
     * @return the review's number
     */
    String schedule(LocalDate date, String place, LocalDate periodFrom, LocalDate periodTo) {
        browser.type(By.id("reviews:date"), date.toString());
        browser.type(By.id("reviews:place"), place);
        browser.type(By.id("reviews:periodFrom"), periodFrom.toString());
        browser.type(By.id("reviews:periodTo"), periodTo.toString());
        browser.click(By.id("reviews:schedule"));
        browser.waitForText(By.id("messages"), "インプットの下書きを編集しました");
        String no = browser.text(By.id("reviewNo"));
        assertThat(no).startsWith("MR-");
        return no;
    }

    /** The compiled draft of each input, as the office reads it in the text areas. */
    List<String> drafts() {
        return browser.driver().findElements(By.cssSelector("#review textarea[id$=':draft']")).stream()
                .map(e -> e.getAttribute("value")).toList();
    }

    /** The office records the meeting: one attendee, the decisions and one output action with its owner and due date. */
    void recordMeeting(String no, String attendee, String role, String decisions, String action, String owner,
            LocalDate due) {
        browser.type(By.id("review:attendees:0:attendeeName"), attendee);
        browser.type(By.id("review:attendees:0:attendeeRole"), role);
        browser.type(By.id("review:decisions"), decisions);
        browser.click(By.id("review:addAction"));
        browser.type(By.id("review:actions:0:actionDescription"), action);
        browser.type(By.id("review:actions:0:actionOwner"), owner);
        browser.type(By.id("review:actions:0:actionDue"), due.toString());
        browser.click(By.id("review:saveMeeting"));
        browser.waitForText(By.id("messages"), "会議の記録を保存しました");
        assertThat(browser.text(By.id("review:actionStatus"))).contains(no + "-A1", action, owner, "未完了");
        browser.screenshot("office-meeting-recorded");
    }

    /** The office submits the minutes for signature; the submit button is gone. */
    void submit() {
        browser.click(By.id("review:submit"));
        browser.waitForText(By.id("messages"), "署名に提出しました");
        assertThat(browser.text(By.id("reviewStatus"))).isEqualTo("署名待ち");
        assertThat(browser.driver().findElements(By.id("review:submit"))).isEmpty();
        browser.screenshot("office-minutes-submitted");
    }

    /** Top management opens the minutes from the inbox, reads what it signs and signs. */
    void sign(String no, String... whatTopReads) {
        browser.openTask("マネジメントレビュー議事録の署名", no, By.id("task:comment"));
        assertThat(browser.text(By.id("task"))).contains(whatTopReads);
        browser.screenshot("top-sign-off");
        browser.type(By.id("task:comment"), "承認します。");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
    }

    /** The signed minutes show their SHA-256 and offer nothing to edit any more. */
    void assertSigned(String no) {
        browser.open("/app/review/review.xhtml?no=" + no);
        browser.waitForText(By.id("reviewStatus"), "署名済み");
        assertThat(browser.text(By.id("signedSha256"))).matches("[0-9a-f]{64}");
        assertThat(drafts()).isEmpty();
        assertThat(browser.driver().findElements(By.id("review:saveMeeting"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("review:submit"))).isEmpty();
        browser.screenshot("office-minutes-signed");
    }
}
