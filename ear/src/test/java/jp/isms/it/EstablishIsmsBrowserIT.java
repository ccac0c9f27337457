package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo company establishes its ISMS through the real screens, in the order of the Plan phase: the office
 * reads the approved kickoff and its schedule, the approved scope, keeps the asset inventory, and submits the
 * risk assessment; then the people approve the residual risks of RA-2026-01: each
 * department's head confirms, the ISMS office consolidates, the CISO reviews, the top manager (a sales risk's
 * residual level needs top management) rejects back to General Affairs with a comment, that department's head
 * reads it and confirms, the office consolidates again, the CISO and the top manager approve, and the register
 * shows the frozen, approved list with its history. Last, the office reads the approved Statement of
 * Applicability and asks top management to authorise introducing the ISMS with the exact documents, which
 * top management does from the inbox.
 */
class EstablishIsmsBrowserIT extends BrowserJourney {

    private static final String DEMO = "demo-password";
    private static final String KEY = "RA-2026-01";

    @Override
    String journey() {
        return "establish-isms";
    }

    @Test
    void kickoffScopeAssetsRisksApprovalSoaAndAuthorisation() {
        // A wrong password gets one clear message that does not say which part was wrong.
        browser.open("/login.xhtml");
        browser.type(By.id("login:username"), "office");
        browser.type(By.id("login:password"), "not-the-password");
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("login:messages"), "ユーザー名またはパスワードが正しくありません");
        browser.screenshot("login-wrong-password");

        browser.login("office", DEMO);
        browser.screenshot("office-inbox");
        // The kickoff: the newest project with its schedule (the demo one, or one an earlier test created).
        browser.click(By.id("nav:projectLink"));
        assertThat(browser.waitFor(By.id("projectName")).getText()).isNotBlank();
        browser.screenshot("office-project");

        // The scope: version 1 approved, with sites, workforce and an exclusion with its reason.
        browser.click(By.id("nav:scopeLink"));
        browser.waitForText(By.id("scope"), "大阪支店");
        assertThat(browser.text(By.id("scope"))).contains("承認済み");
        browser.screenshot("office-scope");

        // The asset inventory of the demo company, paged by the database.
        browser.click(By.id("nav:inventoryLink"));
        browser.waitForText(By.id("inventory:assets_data"), "A-00001");
        assertThat(browser.text(By.id("inventory:assets_data"))).contains("顧客管理システム (CRM)").contains("極秘");
        assertThat(browser.text(By.cssSelector(".ui-paginator-current"))).contains("件");
        browser.screenshot("office-asset-inventory");

        // A file with errors imports nothing and lists the errors by row and column.
        Path bad = Path.of("target", "bad-assets.csv").toAbsolutePath();
        try {
            Files.writeString(bad, "資産番号,資産名,種別,機密区分,機密性,完全性,可用性,管理責任者,部門コード\n"
                    + "B-001,ルータ,宇宙船,秘,9,1,1,office,IT\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        browser.click(By.id("inventory:importAssets"));
        browser.driver().findElement(By.id("importForm:upload_input")).sendKeys(bad.toString());
        browser.waitForText(By.id("importForm:importErrorTable"), "宇宙船");
        assertThat(browser.text(By.id("importForm:importErrorTable"))).contains("種別").contains("機密性");
        browser.screenshot("office-asset-import-errors");
        browser.open("/app/inbox.xhtml");

        // The ISMS office submits the demo assessment from the register.
        browser.click(By.id("nav:registerLink"));
        assertThat(browser.text(By.id("businessKey"))).isEqualTo(KEY);
        assertThat(browser.text(By.id("status"))).isEqualTo("作成中");
        assertThat(browser.text(By.cssSelector(".ui-paginator-current"))).contains("12");
        browser.screenshot("office-register-draft");
        browser.click(By.id("register:submitForApproval"));
        browser.type(By.id("submitForm:submissionComment"), "2026年度のリスクアセスメントです。ご確認ください。");
        browser.click(By.id("submitForm:confirmSubmit"));
        browser.waitForText(By.id("status"), "承認手続き中");
        browser.screenshot("office-submitted");
        browser.logout();

        // Each department's risk owner confirms: IT's head in the browser, the others through the API.
        browser.login("depthead", DEMO);
        openTask("部門リスクオーナーの確認");
        assertThat(browser.text(By.id("departmentName"))).isEqualTo("情報システム部");
        assertThat(browser.text(By.id("task:accepting"))).contains("R-");
        browser.screenshot("depthead-confirms-it");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();
        for (String head : List.of("saleshead", "hrhead", "gahead", "planhead")) {
            confirmByApi(head);
        }

        // The ISMS office consolidates and submits to the CISO.
        browser.login("office", DEMO);
        openTask("ISMS事務局の取りまとめ");
        browser.screenshot("office-consolidates");
        browser.click(By.id("task:resubmit"));
        browser.waitForText(By.id("messages"), "再提出");
        browser.logout();

        // The CISO looks at the risk method the assessment uses.
        browser.login("ciso", DEMO);
        browser.click(By.id("nav:riskMethodLink"));
        browser.waitForText(By.id("method:versions_data"), "v1");
        assertThat(browser.text(By.id("method:versions_data"))).contains("発生可能性 × 影響度").contains("トップマネジメント");
        browser.screenshot("ciso-risk-method");
        browser.logout();

        // The CISO opens the review, but approves it through the API meanwhile (another window):
        // the stale form then says so instead of recording a second decision.
        browser.login("ciso", DEMO);
        openTask("CISOレビュー");
        String reviewId = Fixture.taskId(Api.as("ciso", DEMO), KEY);
        assertThat(Api.as("ciso", DEMO).post("/tasks/" + reviewId + "/complete",
                java.util.Map.of("decision", "approve", "comment", "内容を確認しました。トップマネジメントの承認へ進めます。"))
                .status()).isEqualTo(204);
        browser.type(By.id("task:comment"), "二重に承認しようとしています");
        browser.click(By.id("task:approve"));
        browser.waitForText(By.id("messages"), "既に完了しています");
        browser.screenshot("ciso-stale-form");
        browser.logout();

        // The top manager opens the approval from the inbox and sees what is being approved.
        browser.login("top", DEMO);
        openTask("残留リスクの承認");
        assertThat(browser.text(By.id("latestCommentText"))).contains("内容を確認しました");
        assertThat(browser.driver().findElements(By.cssSelector("#task\\:risks_data tr"))).hasSize(12);
        assertThat(browser.text(By.id("task:risks_data"))).contains("顧客管理システム (CRM)").contains("高");
        assertThat(rows(By.id("task:history_data"))).hasSize(8);
        assertThat(browser.text(By.id("task:accepting"))).contains("取引先メール");
        browser.screenshot("top-approval-form");
        // Rejecting without a reason is refused, with a message in Japanese, and nothing changes.
        browser.click(By.id("task:reject"));
        browser.waitForText(By.id("messages"), "理由をコメントに入力してください");
        browser.screenshot("top-reject-without-comment");
        browser.type(By.id("task:comment"), "外部委託先のリスク移転の根拠が不足しています。追記してください。");
        browser.driver().findElements(By.cssSelector("#task\\:departments label")).stream()
                .filter(l -> l.getText().contains("総務部")).findFirst().orElseThrow().click();
        browser.screenshot("top-rejects-to-general-affairs");
        browser.click(By.id("task:reject"));
        browser.waitForText(By.id("messages"), "却下");
        browser.screenshot("top-rejected");
        browser.logout();

        // Only General Affairs is asked again; its head reads the comment and confirms.
        assertThat(Fixture.taskId(Api.as("saleshead", DEMO), KEY)).isNull();
        browser.login("gahead", DEMO);
        openTask("部門リスクオーナーの確認");
        assertThat(browser.text(By.id("latestCommentText"))).contains("リスク移転の根拠が不足");
        browser.screenshot("gahead-sees-rejection");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();

        // The ISMS office sees the comment and submits the consolidated list again.
        browser.login("office", DEMO);
        openTask("ISMS事務局の取りまとめ");
        assertThat(browser.text(By.id("latestCommentText"))).contains("リスク移転の根拠が不足");
        browser.screenshot("office-sees-rejection");
        browser.type(By.id("task:comment"), "委託契約の秘密保持条項とサイバー保険の証跡を追記しました。");
        browser.click(By.id("task:resubmit"));
        browser.waitForText(By.id("messages"), "再提出");
        browser.logout();

        // The CISO approves again; the top manager approves, this time in English.
        approveAs("ciso", "CISOレビュー", "追記を確認しました。");
        browser.login("top", DEMO);
        browser.click(By.id("nav:en"));
        browser.waitForText(By.cssSelector("h1"), "Inbox");
        openTask("Approve residual risks");
        browser.type(By.id("task:comment"), "Approved. The residual risks are accepted.");
        browser.click(By.id("task:approve"));
        browser.waitForText(By.id("messages"), "Approved");
        browser.screenshot("top-approved-english");
        browser.logout();
        browser.login("top", DEMO);
        assertThat(browser.text(By.cssSelector("h1"))).as("the language choice is remembered").isEqualTo("Inbox");
        browser.click(By.id("nav:ja")); // back to Japanese: later steps and journeys read the Japanese screens
        browser.waitForText(By.id("nav:inboxLink"), "受信箱");
        browser.logout();

        // The register shows the approved, frozen list with the decision history.
        browser.login("office", DEMO);
        browser.click(By.id("nav:registerLink"));
        browser.waitForText(By.id("status"), "承認済み");
        List<WebElement> history = rows(By.id("register:history_data"));
        assertThat(history).hasSize(13);
        assertThat(history.get(8).getText()).contains("却下").contains("山田 太郎").contains("リスク移転の根拠が不足");
        assertThat(history.get(9).getText()).contains("部門リスクオーナーの確認").contains("加藤 誠司");
        assertThat(history.get(12).getText()).contains("承認").contains("トップマネジメント");
        assertThat(browser.text(By.cssSelector(".approved-hash"))).containsPattern("[0-9a-f]{64}");
        browser.screenshot("office-register-approved");

        // The Statement of Applicability: 93 controls, approved; its PDF is a PDF/A with the Japanese titles.
        browser.click(By.id("nav:soaLink"));
        browser.waitForText(By.id("status"), "承認済み");
        assertThat(browser.text(By.cssSelector("#soa\\:entries .ui-paginator-current"))).contains("93");
        browser.screenshot("office-soa");
        java.net.http.HttpResponse<byte[]> pdf = Api.as("office", DEMO).download("/soa/latest/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        // With the assessment approved, the office asks top management to authorise the ISMS.
        browser.click(By.id("nav:authorisationLink"));
        browser.waitForText(By.id("authorisation:inForce"), KEY);
        browser.screenshot("office-authorisation-ready");
        browser.type(By.id("authorisation:comment"), "適用宣言書・リスク対応計画・残留リスクの承認をお願いします。");
        browser.click(By.id("authorisation:request"));
        browser.waitForText(By.id("authorisation"), "承認待ち");
        browser.screenshot("office-authorisation-requested");
        browser.logout();

        browser.login("top", DEMO);
        openTask("ISMS導入・運用の承認", "MA-");
        assertThat(browser.text(By.id("task"))).containsPattern("[0-9a-f]{64}");
        browser.screenshot("top-authorises");
        browser.type(By.id("task:comment"), "ISMSの導入と運用を承認します。");
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.click(By.id("nav:authorisationLink"));
        browser.waitForText(By.id("authorisation"), "有効");
        browser.screenshot("authorisation-valid");
    }

    private static void confirmByApi(String head) {
        Api api = Api.as(head, DEMO);
        String task = Fixture.taskId(api, KEY);
        assertThat(task).as("a task for %s", head).isNotNull();
        assertThat(api.post("/tasks/" + task + "/complete", java.util.Map.of("decision", "approve")).status()).isEqualTo(204);
    }

    private void approveAs(String user, String taskName, String comment) {
        browser.login(user, DEMO);
        openTask(taskName);
        browser.screenshot(user + "-review-form");
        browser.type(By.id("task:comment"), comment);
        browser.click(By.id("task:approve"));
        browser.waitFor(By.id("inbox:tasks"));
        browser.logout();
    }

    private void openTask(String taskName) {
        openTask(taskName, KEY);
    }

    private void openTask(String taskName, String key) {
        WebElement table = browser.waitFor(By.id("inbox:tasks_data"));
        WebElement row = table.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains(taskName) && r.getText().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no task '" + taskName + "' in the inbox: " + table.getText()));
        browser.screenshot("inbox-with-" + taskName.replace(' ', '-'));
        row.findElement(By.cssSelector(".open-task")).click();
        browser.waitFor(By.id("task:comment"));
    }

    private List<WebElement> rows(By tableBody) {
        return browser.waitFor(tableBody).findElements(By.cssSelector("tr"));
    }
}
