package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

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

    @Test
    void theOfficeSchedulesAndRecordsTheReview_andTopManagementSignsTheMinutes() {
        Assumptions.assumeFalse(Deployments.onPostgres(), "a journey of the demo company (embedded H2 start)");
        browser.login("office", DEMO);
        browser.click(By.id("nav:managementReviewLink"));
        browser.waitFor(By.id("reviews:list"));
        assertThat(browser.text(By.id("reviews:list"))).contains("署名待ち");
        browser.screenshot("office-review-list");

        ReviewSteps review = new ReviewSteps(browser);
        String no = review.schedule(TODAY.plusDays(14), "本社 大会議室", TODAY.minusMonths(6), TODAY.plusDays(13));
        String page = browser.text(By.id("review"));
        assertThat(page).contains("a) 前回までのマネジメントレビューの結果とった処置の状況", "g) 継続的改善の機会");
        assertThat(review.drafts())
                .hasSize(10)
                .anySatisfy(t -> assertThat(t).contains("手入力してください"))
                .anySatisfy(t -> assertThat(t).contains("情報セキュリティ教育の受講率向上"))
                .anySatisfy(t -> assertThat(t).contains("RA-2026-01"))
                .anySatisfy(t -> assertThat(t).contains("ファイルサーバーのクラウド移行"));
        browser.screenshot("office-draft-compiled");

        // The meeting: attendees, decisions and one output action with its owner and due date.
        review.recordMeeting(no, "山田 太郎", "代表取締役", "ISMSは有効であると判断した。", "内部監査員の追加育成", "hrhead",
                TODAY.plusMonths(3));
        review.submit();
        browser.logout();

        // Top management signs from the inbox.
        browser.login("top", DEMO);
        review.sign(no, "内部監査員の追加育成", "山田 太郎", "ISMSは有効であると判断した");
        browser.logout();

        // The signed minutes: their hash, and nothing left to edit.
        browser.login("office", DEMO);
        review.assertSigned(no);
    }
}
