package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The CISO's morning on the demo company (certified on 16 February 2026): the dashboard from the menu, the cycle on
 * the timeline with the certificate's validity and the first surveillance audit, the next audit with its
 * preparation date, and the calendar page where a URL is created, shown once, regenerated and revoked. An employee
 * has no such menu and is refused the page.
 */
class CisoDashboardBrowserIT extends BrowserJourney {

    private static final String DEMO = "demo-password";

    @Override
    String journey() {
        return "ciso-dashboard";
    }

    @Test
    void dashboardTimelineAndCalendarFeed() {
        assumeFalse(Deployments.onPostgres(), "browser journeys run on the demo company (H2)");
        browser.login("ciso", DEMO);
        browser.click(By.id("nav:cisoDashboardLink"));
        // the first surveillance audit, unless an approved scope change (another test) now comes first
        browser.waitForText(By.id("dashboard:nextAuditTitle"), "(サイクル1)");
        assertThat(browser.text(By.id("dashboard:nextAuditCard"))).contains("IS 123456").contains("2029-02-15");
        browser.waitForText(By.id("dashboard:timeline"), "第1回維持審査 (サイクル1)");
        assertThat(browser.driver().findElements(By.cssSelector("#dashboard\\:timeline .tl-audit"))).isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#dashboard\\:timeline .tl-certificate"))).isNotEmpty();
        assertThat(browser.text(By.id("dashboard:deadlines"))).contains("準備開始: 第1回維持審査 (サイクル1)");
        browser.screenshot("ciso-dashboard");

        browser.click(By.id("nav:calendarFeedLink"));
        browser.click(By.id("calendar:issue"));
        String url = browser.driver().findElement(By.id("calendar:url")).getAttribute("value");
        assertThat(url).contains("/api/calendar/").endsWith(".ics");
        browser.screenshot("ciso-calendar-url");
        browser.click(By.id("calendar:revoke"));
        browser.waitForText(By.id("calendar:messages"), "無効化しました");
        assertThat(browser.text(By.id("calendar:since"))).contains("まだありません");
        browser.screenshot("ciso-calendar-revoked");
        browser.logout();

        browser.login("employee", DEMO);
        assertThat(browser.driver().findElements(By.id("nav:cisoDashboardLink"))).isEmpty();
        assertThat(browser.driver().findElements(By.id("nav:calendarFeedLink"))).as("everyone may have a feed").isNotEmpty();
        browser.open("/app/dashboard/ciso.xhtml");
        browser.waitForText(By.id("dashboard:messages"), "CISO・ISMS事務局・トップマネジメントのみ閲覧できます");
        browser.screenshot("employee-dashboard-refused");
        assertThat(browser.driver().getPageSource()).doesNotContain("第1回維持審査 (サイクル1)");
    }
}
