package jp.isms.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

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

    /** Opens from the inbox the task of that name whose row names {@code key}, and waits for {@code ready}. */
    void openTask(String taskName, String key, By ready) {
        browser.openTask(taskName, key, ready);
    }
}
