package io.labelforce.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.labelforce.workforce.WorkerRole;
import io.labelforce.workforce.WorkerStatus;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.util.FileSystemUtils;

/**
 * The invitation page in a real browser: Debian's {@code chromium} and {@code chromium-driver}, driven by
 * Selenium (installed by {@code .ci/run}). Where they are missing the tests are skipped, with the reason in the
 * test report.
 */
class InvitationBrowserTests extends MemberKeyContext {

    static final Path CHROMIUM = Path.of(System.getProperty("labelforce.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER =
            Path.of(System.getProperty("labelforce.test.chromedriver", "/usr/bin/chromedriver"));

    @LocalServerPort
    int port;

    private WebDriver browser;
    private Path profile;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Before the application context starts, so a machine without a browser spends nothing on these tests. */
    @BeforeAll
    static void needsABrowser() {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                () -> "No browser: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (Debian: apt-get install -y"
                        + " chromium chromium-driver, which .ci/run does)");
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("labelforce-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile);
        // the installed driver, so that Selenium Manager never tries to download one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private int get(String path, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("X-Auth-Token", token)
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /**
     * The text of an element of the page, waiting up to 10 s for it: after a click that submits a form the
     * next page may still be loading on a busy machine. On a timeout the failure shows the page it saw.
     */
    private String text(String id) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                    .getText();
        } catch (TimeoutException e) {
            throw new AssertionError(
                    "No #" + id + " on " + browser.getCurrentUrl() + ":\n" + browser.getPageSource(), e);
        }
    }

    private boolean showsKey() {
        return !browser.findElements(By.id("member-key")).isEmpty();
    }

    @Test
    void theMemberOpensTheMailedLinkAcceptsAndUsesTheKeyShownOnce() throws Exception {
        String team = createTeam("browser-team");
        String worker = addWorker(team, "chromium@example.com", WorkerRole.LABELER);
        assertThat(call(HttpMethod.POST, member(team, worker) + "/invitation", writer))
                .hasStatus(202);
        eventually().until(() -> mailsTo("chromium@example.com").size() == 1);
        String link = url(path(link(mailsTo("chromium@example.com").get(0))));

        browser.get(link);
        assertThat(browser.getTitle()).contains("browser-team");
        assertThat(text("team")).isEqualTo("browser-team");
        assertThat(text("project")).isEqualTo(project);
        assertThat(text("email")).isEqualTo("chromium@example.com");
        assertThat(showsKey()).isFalse();

        browser.findElement(By.id("accept")).click();
        String key = text("member-key");
        assertThat(key).matches("lf_[A-Za-z0-9_-]{43}");
        assertThat(browser.getPageSource()).contains("shown only this once");
        assertThat(memberStatus(team, worker)).isEqualTo(WorkerStatus.JOINED);

        // the key over HTTP: the member's task list, and nothing else
        assertThat(get("/v2/" + project + "/workforces/worker-tasks", key)).isEqualTo(200);
        assertThat(get("/v2/" + project + "/workforces", key)).isEqualTo(403);
        assertThat(get("/v2/" + project + "/datasets", key)).isEqualTo(403);

        // reloading the result (a POST answered with no-store) and opening the link again show no key
        browser.navigate().refresh();
        assertThat(showsKey()).isFalse();
        browser.get(link);
        assertThat(showsKey()).isFalse();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("This invitation was used");
        assertThat(browser.findElements(By.id("accept"))).isEmpty();
    }

    @Test
    void expiredAndRevokedLinksShowAClearPage() {
        Invited expired = invited("browser-late", "expired@example.com");
        jdbc.update(
                "update invitation set expire_time = now() - interval '1 second' where worker_id = ?",
                expired.worker());
        Invited revoked = invitedTo(expired.team(), "revoked@example.com");
        Invited newer = invitation(revoked.team(), revoked.worker(), "revoked@example.com");
        jdbc.update(
                "update invitation set revoke_time = now() where worker_id = ? and token_hash <> ?",
                revoked.worker(),
                InvitationService.hash(newer.token()));

        for (List<String> expectation : List.of(
                List.of(expired.link(), "This invitation has expired", "Ask the team owner to send a new one."),
                List.of(
                        revoked.link(),
                        "This invitation was revoked",
                        "A newer invitation replaced it; use the newest e-mail."),
                List.of("/invitations/lfi_" + "C".repeat(43), "This invitation link is not valid", "Check that"))) {
            browser.get(url(expectation.get(0)));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(expectation.get(1));
            assertThat(text("reason")).startsWith(expectation.get(2));
            assertThat(browser.findElements(By.id("accept"))).isEmpty();
        }
        // the newer link still works
        browser.get(url(newer.link()));
        browser.findElement(By.id("accept")).click();
        assertThat(text("member-key")).startsWith("lf_");
    }
}
