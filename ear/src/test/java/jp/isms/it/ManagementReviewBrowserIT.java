package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The management review through the real screens of the demo company: the ISMS office schedules it and finds
 * every input compiled (and the one nobody records marked for hand entry), records the meeting with an output
 * action and submits the minutes; top management signs them from the inbox; the signed minutes show their
 * SHA-256 and can no longer be edited.
 */
class ManagementReviewBrowserIT extends BrowserJourney {

    private static final String DEMO = "demo-password";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));

    @Override
    String journey() {
        return "management-review";
    }

    private void date(By input, LocalDate value) {
        browser.type(input, value.toString());
    }

    @Test
    void theOfficeSchedulesAndRecordsTheReview_andTopManagementSignsTheMinutes() {
        browser.login("office", DEMO);
        browser.click(By.id("nav:managementReviewLink"));
        browser.waitFor(By.id("reviews:list"));
        assertThat(browser.text(By.id("reviews:list"))).contains("署名待ち");
        browser.screenshot("office-review-list");

        date(By.id("reviews:date"), TODAY.plusDays(14));
        browser.type(By.id("reviews:place"), "本社 大会議室");
        date(By.id("reviews:periodFrom"), TODAY.minusMonths(6));
        date(By.id("reviews:periodTo"), TODAY.plusDays(13));
        browser.click(By.id("reviews:schedule"));
        browser.waitForText(By.id("messages"), "インプットの下書きを編集しました");
        String no = browser.text(By.id("reviewNo"));
        assertThat(no).startsWith("MR-");
        String page = browser.text(By.id("review"));
        assertThat(page).contains("a) 前回までのマネジメントレビューの結果とった処置の状況", "g) 継続的改善の機会");
        assertThat(browser.driver().findElements(By.cssSelector("#review textarea[id$=':draft']")).stream()
                .map(e -> e.getAttribute("value")).toList())
                .hasSize(10)
                .anySatisfy(t -> assertThat(t).contains("手入力してください"))
                .anySatisfy(t -> assertThat(t).contains("情報セキュリティ教育の受講率向上"))
                .anySatisfy(t -> assertThat(t).contains("RA-2026-01"))
                .anySatisfy(t -> assertThat(t).contains("ファイルサーバーのクラウド移行"));
        browser.screenshot("office-draft-compiled");

        // The meeting: attendees, decisions and one output action with its owner and due date.
        browser.type(By.id("review:attendees:0:attendeeName"), "山田 太郎");
        browser.type(By.id("review:attendees:0:attendeeRole"), "代表取締役");
        browser.type(By.id("review:decisions"), "ISMSは有効であると判断した。");
        browser.click(By.id("review:addAction"));
        browser.type(By.id("review:actions:0:actionDescription"), "内部監査員の追加育成");
        browser.type(By.id("review:actions:0:actionOwner"), "hrhead");
        date(By.id("review:actions:0:actionDue"), TODAY.plusMonths(3));
        browser.click(By.id("review:saveMeeting"));
        browser.waitForText(By.id("messages"), "会議の記録を保存しました");
        assertThat(browser.text(By.id("review:actionStatus"))).contains(no + "-A1", "内部監査員の追加育成", "hrhead", "未完了");
        browser.screenshot("office-meeting-recorded");

        browser.click(By.id("review:submit"));
        browser.waitForText(By.id("messages"), "署名に提出しました");
        assertThat(browser.text(By.id("reviewStatus"))).isEqualTo("署名待ち");
        assertThat(browser.driver().findElements(By.id("review:submit"))).isEmpty();
        browser.screenshot("office-minutes-submitted");
        browser.logout();

        // Top management signs from the inbox.
        browser.login("top", DEMO);
        WebElement table = browser.waitFor(By.id("inbox:tasks_data"));
        WebElement row = table.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains("マネジメントレビュー議事録の署名") && r.getText().contains(no)).findFirst()
                .orElseThrow(() -> new AssertionError("no sign-off task for " + no + ": " + table.getText()));
        row.findElement(By.cssSelector(".open-task")).click();
        browser.waitFor(By.id("task:comment"));
        assertThat(browser.text(By.id("task"))).contains("内部監査員の追加育成", "山田 太郎", "ISMSは有効であると判断した");
        browser.screenshot("top-sign-off");
        browser.type(By.id("task:comment"), "承認します。");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();

        // The signed minutes: their hash, and nothing left to edit.
        browser.login("office", DEMO);
        browser.open("/app/review/review.xhtml?no=" + no);
        browser.waitForText(By.id("reviewStatus"), "署名済み");
        assertThat(browser.text(By.id("signedSha256"))).matches("[0-9a-f]{64}");
        assertThat(browser.driver().findElements(By.cssSelector("#review textarea[id$=':draft']"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("review:saveMeeting"))).isEmpty();
        browser.screenshot("office-minutes-signed");
    }
}
