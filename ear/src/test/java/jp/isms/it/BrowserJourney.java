package jp.isms.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A journey through the real screens in a fresh headless Chromium; screenshots go to its own folder. */
abstract class BrowserJourney extends AgainstTheApplication {

    Browser browser;

    /** The folder under target/screenshots for this journey. */
    abstract String journey();

    @BeforeEach
    void openBrowser() {
        browser = new Browser(journey());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
