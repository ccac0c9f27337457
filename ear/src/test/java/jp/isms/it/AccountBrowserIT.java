package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A newcomer whose account the administrator created must choose a password before anything
 * else; the login page speaks English on request; the administrator sees the account.
 */
class AccountBrowserIT extends BrowserJourney {

    @Override
    String journey() {
        return "first-login";
    }

    @Test
    void aNewcomerMustReplaceTheInitialPasswordBeforeUsingTheSystem() {
        String username = "newcomer-" + new Fixture().suffix;
        assertThat(Fixture.admin().post("/admin/users", Map.of("username", username, "displayName", "新人 花子",
                "roles", List.of("dept-head"), "department", "IT", "initialPassword", "Initial-Pass-2026"))
                .status()).isEqualTo(201);

        // Signed in with the initial password, every page leads to the password change.
        browser.login(username, "Initial-Pass-2026");
        browser.waitForText(By.cssSelector("h1"), "パスワード変更");
        assertThat(browser.text(By.cssSelector(".notice"))).contains("初期パスワード");
        browser.open("/app/risk/register.xhtml");
        browser.waitForText(By.cssSelector("h1"), "パスワード変更");
        browser.screenshot("newcomer-forced-password-change");

        // Bad input is refused with a reason, and the old password still works.
        changePassword("Initial-Pass-2026", "Brand-New-Pass-1", "Something-Else-1");
        browser.waitForText(By.id("messages"), "一致しません");
        changePassword("Initial-Pass-2026", "short", "short");
        browser.waitForText(By.id("messages"), "10 文字以上");
        changePassword("wrong-current-password", "Brand-New-Pass-1", "Brand-New-Pass-1");
        browser.waitForText(By.id("messages"), "現在のパスワードが正しくありません");
        browser.screenshot("newcomer-password-refused");

        changePassword("Initial-Pass-2026", "Brand-New-Pass-1", "Brand-New-Pass-1");
        browser.waitForText(By.cssSelector("h1"), "受信箱");
        assertThat(browser.text(By.id("messages"))).contains("パスワードを変更しました");
        browser.logout();

        assertThat(Api.as(username, "Initial-Pass-2026").get("/me").status()).isEqualTo(401);
        assertThat(Api.as(username, "Brand-New-Pass-1").get("/me").body().get("mustChangePassword").asBoolean()).isFalse();

        // The login page in English, and the administrator's list shows the newcomer.
        browser.open("/login.xhtml");
        browser.click(By.id("language:en"));
        browser.waitForText(By.id("login:submit"), "Log in");
        browser.screenshot("login-english");
        browser.type(By.id("login:username"), "admin");
        browser.type(By.id("login:password"), "demo-password");
        browser.click(By.id("login:submit"));
        browser.click(By.id("nav:usersLink"));
        browser.waitForText(By.id("users:userTable_data"), username);
        assertThat(browser.text(By.id("users:userTable_data"))).contains("新人 花子");
        browser.screenshot("admin-user-list");

        // Everyone can read the controls catalogue, loaded from the repository's reference data.
        browser.click(By.id("nav:controlsLink"));
        browser.waitForText(By.id("catalogue:tabs:controls_data"), "情報セキュリティのための方針群");
        assertThat(browser.text(By.cssSelector("#catalogue\\:tabs\\:controls .ui-paginator-current"))).contains("93");
        assertThat(browser.text(By.id("catalogue:tabs:controls_data"))).contains("A.5.1.1");
        browser.screenshot("controls-catalogue");
    }

    private void changePassword(String current, String next, String confirmation) {
        browser.type(By.id("password:current"), current);
        browser.type(By.id("password:newPassword"), next);
        browser.type(By.id("password:confirmation"), confirmation);
        browser.click(By.id("password:change"));
    }
}
