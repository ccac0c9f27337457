package jp.isms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The internal auditor opens 監査証跡パック from the menu, sees the demo company's approved documents with
 * their hashes, switches the list to English, and downloads the ZIP; an employee has no such menu entry.
 */
class EvidencePackBrowserIT extends BrowserJourney {

    private static final String DEMO = "demo-password";

    @Override
    String journey() {
        return "evidence-pack";
    }

    @Test
    void theAuditorSeesWhatThePackHoldsAndDownloadsIt() throws Exception {
        // the pom leaves browser journeys out of the PostgreSQL run; this keeps a run named by -Dit.test the same
        Assumptions.assumeFalse(Deployments.onPostgres(), "the demo company's users exist on H2 only");
        browser.login("auditor", DEMO);
        browser.click(By.id("nav:evidencePackLink"));
        browser.waitFor(By.id("evidence:files"));
        String list = browser.text(By.id("evidence:files_data"));
        assertThat(list).contains("01_scope_v", "02_policy_v", "03_asset-inventory.pdf", "適用範囲", "情報セキュリティ方針",
                "情報資産目録", "適用宣言書").containsPattern("[0-9a-f]{64}");
        browser.screenshot("auditor-evidence-pack");

        browser.click(By.xpath("//*[@id='evidence:language']//*[contains(text(),'English')]"));
        browser.waitForText(By.id("evidence:files_data"), "Asset inventory");
        browser.screenshot("auditor-evidence-pack-english");

        browser.click(By.id("evidence:download"));
        Path zip = browser.waitForDownload("-en.zip");
        Map<String, byte[]> files = EvidencePackIT.unzip(Files.readAllBytes(zip));
        assertThat(files).containsKeys("00_index.pdf", "SHA256SUMS", "03_asset-inventory.pdf");
        assertThat(files.keySet()).anyMatch(n -> n.startsWith("01_scope_v"));

        // the page is still there, and the log now names the pack
        browser.open("/app/evidence/pack.xhtml");
        browser.waitForText(By.id("evidence:log_data"), EvidencePackIT.sha256(Files.readAllBytes(zip)));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
                browser.waitFor(By.id("evidence:log")));
        browser.screenshot("auditor-evidence-pack-logged");
        browser.logout();

        browser.login("employee", DEMO);
        assertThat(browser.driver().findElements(By.id("nav:evidencePackLink"))).isEmpty();
    }
}
