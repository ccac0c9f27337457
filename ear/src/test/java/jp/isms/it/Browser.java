package jp.isms.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: nothing is downloaded. Every step
 * can leave a numbered screenshot under target/screenshots.
 */
final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path screenshots;
    private final Path downloads;
    private int shot;

    /** @param journey the folder under target/screenshots for this journey's numbered screenshots */
    Browser(String journey) {
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1440,1000", "--lang=ja");
        // files the journey downloads land in its own folder, without a prompt
        downloads = Path.of(System.getProperty("it.screenshots", "target/screenshots"), "..", "downloads", journey)
                .toAbsolutePath().normalize();
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        emptyDownloads();
        driver = new ChromeDriver(ChromeDriverService.createDefaultService(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        screenshots = Path.of(System.getProperty("it.screenshots", "target/screenshots"), journey);
    }

    void open(String path) {
        driver.get(Api.baseUrl() + path);
    }

    void login(String user, String password) {
        open("/login.xhtml");
        type(By.id("login:username"), user);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
        waitFor(By.id("who"));
    }

    void logout() {
        click(By.id("nav:logout"));
        waitFor(By.id("login:username"));
    }

    void type(By field, String text) {
        WebElement element = waitFor(field);
        element.clear();
        element.sendKeys(text);
    }

    void click(By target) {
        wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    WebElement waitFor(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    void waitForText(By target, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
    }

    /** Opens from the inbox the task of that name whose row names {@code key}, and waits for {@code ready}. */
    void openTask(String taskName, String key, By ready) {
        WebElement table = waitFor(By.id("inbox:tasks_data"));
        WebElement row = table.findElements(By.cssSelector("tr")).stream()
                .filter(r -> r.getText().contains(taskName) && r.getText().contains(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no task '" + taskName + "' in the inbox: " + table.getText()));
        row.findElement(By.cssSelector(".open-task")).click();
        waitFor(ready);
    }

    /**
     * Picks the option of a PrimeFaces select whose label contains the text. The panel opens with an animation and a
     * click during it can miss the item on a busy machine, so it tries again until the select shows the choice.
     */
    void choose(String selectId, String label) {
        By item = By.cssSelector("[id='" + selectId + "_items'] li[data-label*='" + label + "']");
        By chosen = By.id(selectId + "_label");
        wait.until(d -> {
            try {
                if (d.findElement(chosen).getText().contains(label)) {
                    return true;
                }
                var items = d.findElements(item);
                if (!items.isEmpty() && items.get(0).isDisplayed()) {
                    items.get(0).click();
                } else {
                    d.findElement(By.id(selectId)).click();
                }
                return d.findElement(chosen).getText().contains(label);
            } catch (org.openqa.selenium.WebDriverException e) {
                return false;
            }
        });
    }

    /** Scrolls the element to the middle of the window, so that the next screenshot shows it. */
    void scrollTo(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                element);
    }

    String text(By target) {
        return waitFor(target).getText();
    }

    /** A file left by an earlier run must not pass for this run's download. */
    private void emptyDownloads() {
        try {
            Files.createDirectories(downloads);
            try (var files = Files.list(downloads)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until a download whose name ends with {@code suffix} is complete (Chromium writes a
     * {@code .crdownload} file until then) and returns it.
     */
    Path waitForDownload(String suffix) {
        return wait.until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    WebDriver driver() {
        return driver;
    }

    /** Saves the page as NN-name.png and returns its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(screenshots);
            Path file = screenshots.resolve(String.format("%02d-%s.png", ++shot, name));
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
