package dev.tvegate.systemtests.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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
 * Headless Chromium driven through Debian's chromedriver, set up as BUILD.md prescribes (explicit driver and browser
 * paths so Selenium Manager never runs, {@code --no-sandbox} as root, a throw-away profile and HOME, no network but
 * loopback). Keeps a journal of what the viewer saw (page titles and headings) and saves screenshots under
 * {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final ChromeDriverService service;
    private final WebDriver driver;
    private final Path home;
    private final Path screenshots;
    private final List<String> journal = new ArrayList<>();

    private Browser(ChromeDriverService service, WebDriver driver, Path home, Path screenshots) {
        this.service = service;
        this.driver = driver;
        this.home = home;
        this.screenshots = screenshots;
    }

    /** @return why the browser cannot run here, or {@code null} when it can */
    public static String unavailableReason() {
        if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
            return "headless Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y"
                    + " chromium chromium-driver (.ci/run does it)";
        }
        return null;
    }

    public static Browser start(Path buildDir) throws IOException {
        Path home = Files.createTempDirectory("tvegate-chrome-home-");
        Path profile = Files.createDirectories(home.resolve("profile"));
        Path screenshots = Files.createDirectories(buildDir.resolve("screenshots"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                // Chromium writes under $HOME even with a profile directory
                .withEnvironment(Map.of("HOME", home.toString(), "SE_OFFLINE", "true"))
                .withLogOutput(Files.newOutputStream(buildDir.resolve("system-tests/chromedriver.log"),
                        StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1024,900",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
                "--user-data-dir=" + profile);
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(service, driver, home, screenshots);
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
        saw("opened " + UserAgent.shorten(java.net.URI.create(url)));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Types into a field the way a person does: click, then keys. */
    public void type(By field, String text) {
        WebElement input = find(field);
        input.click();
        input.clear();
        input.sendKeys(text);
        saw("typed \"" + text + "\" into " + describe(input));
    }

    public void click(By by) {
        WebElement element = find(by);
        String label = describe(element);
        element.click();
        saw("clicked " + label);
    }

    /** Waits until the page's h1 contains {@code text}; records the page. */
    public void awaitHeading(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
        page();
    }

    /** Records the current page: URL (query values hidden), title, first heading and any alert text. */
    public String page() {
        String heading = driver.findElements(By.tagName("h1")).stream().findFirst().map(WebElement::getText)
                .orElse("");
        String alert = driver.findElements(By.cssSelector("[role=alert]")).stream().map(WebElement::getText)
                .filter(t -> !t.isBlank()).findFirst().map(t -> " | alert: \"" + t + "\"").orElse("");
        String line = "page " + UserAgent.shorten(java.net.URI.create(driver.getCurrentUrl())) + " | title: \""
                + driver.getTitle() + "\" | h1: \"" + heading + "\"" + alert;
        saw(line);
        return line;
    }

    /** Waits until the page's alert (role=alert) reads {@code text}; records the page. */
    public void awaitAlert(String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBe(By.cssSelector("[role=alert]"), text));
        page();
    }

    public String heading() {
        return find(By.tagName("h1")).getText();
    }

    public String alertText() {
        return find(By.cssSelector("[role=alert]")).getText();
    }

    /** Saves a PNG screenshot as {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = screenshots.resolve(name + ".png");
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        saw("screenshot " + target.getFileName() + " (" + Files.size(target) + " bytes)");
        return target;
    }

    public void saw(String line) {
        String entry = LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + " " + line;
        journal.add(entry);
        System.out.println("[browser] " + entry);
    }

    public List<String> journal() {
        return List.copyOf(journal);
    }

    /** Writes the journal to {@code target/screenshots/browser-journal.txt} under a heading. */
    public void writeJournal(String title) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("## " + title);
        lines.addAll(journal);
        lines.add("");
        Files.write(screenshots.resolve("browser-journal.txt"), lines, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static String describe(WebElement element) {
        String id = element.getDomAttribute("id");
        String text = element.getText();
        String name = element.getDomAttribute("name");
        return element.getTagName() + (id != null && !id.isBlank() ? "#" + id : "")
                + (name != null && !name.isBlank() ? "[name=" + name + "]" : "")
                + (text != null && !text.isBlank() ? " \"" + text.strip() + "\"" : "");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(home)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temp directory left behind is harmless
            }
        }
    }
}
