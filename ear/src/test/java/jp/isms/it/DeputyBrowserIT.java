package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A CISO names a deputy on the deputies page; the deputy finds the CISO's task in the inbox marked "on behalf
 * of", approves it from there, and the register's history says who decided on whose behalf.
 */
class DeputyBrowserIT extends BrowserJourney {

    @Override
    String journey() {
        return "deputy";
    }

    @Test
    void aCisoNamesADeputyWhoApprovesFromTheInboxOnTheCisosBehalf() {
        Fixture fixture = new Fixture();
        Api office = fixture.user("office", "isms-office");
        Api ciso = fixture.user("ciso", "ciso");
        Api deputy = fixture.user("deputy", "dept-head");
        String cisoName = Fixture.username(ciso);
        String deputyName = Fixture.username(deputy);

        // the CISO names the deputy for the coming week
        browser.login(cisoName, Fixture.PASSWORD);
        browser.click(By.id("nav:deputiesLink"));
        browser.click(By.id("deputies:deputy"));
        browser.type(By.id("deputies:deputy_filter"), deputyName);
        browser.click(By.cssSelector("#deputies\\:deputy_items li[data-label='deputy " + fixture.suffix + " (" + deputyName + ")']"));
        browser.waitForText(By.id("deputies:deputy_label"), deputyName);
        browser.type(By.id("deputies:reason"), "海外出張のため");
        browser.screenshot("ciso-names-deputy");
        browser.click(By.id("deputies:name"));
        browser.waitForText(By.id("messages"), "代理承認者に指名しました");
        assertThat(browser.text(By.id("deputies:delegations_data"))).contains(deputyName, "有効", "海外出張のため");
        browser.screenshot("deputy-named");
        browser.logout();

        // the office submits a risk assessment; its risks have no department, so the CISO confirms them
        String key = fixture.assessment(office);
        assertThat(office.post("/risk-assessments/" + key + "/approval", Map.of("comment", "提出")).status()).isEqualTo(201);

        // the deputy sees the CISO's task, marked, and approves it from the inbox
        browser.login(deputyName, Fixture.PASSWORD);
        WebElement table = browser.waitFor(By.id("inbox:tasks_data"));
        WebElement row = table.findElements(By.cssSelector("tr")).stream().filter(r -> r.getText().contains(key))
                .findFirst().orElseThrow(() -> new AssertionError("no task of " + key + ": " + table.getText()));
        assertThat(row.getText()).contains("部門リスクオーナーの確認", cisoName + " の代理");
        browser.screenshot("deputy-inbox-on-behalf");
        row.findElement(By.cssSelector(".open-task")).click();
        browser.type(By.id("task:comment"), "代理で確認しました。");
        browser.screenshot("deputy-task-form");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));

        // the history says who decided on whose behalf
        browser.open("/app/risk/register.xhtml?key=" + key);
        browser.waitForText(By.id("register:history_data"), "代理で確認しました。");
        assertThat(browser.text(By.id("register:history_data"))).contains(deputyName, cisoName + " の代理");
        browser.screenshot("history-on-behalf");
    }
}
