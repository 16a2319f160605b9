package eus.berrigune.shared.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.testdata.Actors;
import eus.berrigune.testdata.Actors.Actor;
import eus.berrigune.testdata.Api;
import eus.berrigune.testdata.Axe;
import eus.berrigune.testdata.Browser;
import eus.berrigune.testdata.Deployments;
import eus.berrigune.testdata.HtmlChecker;
import eus.berrigune.testdata.Pages;
import eus.berrigune.testdata.Products;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page, for every role, in every language (eu, es, en), checked in headless Chromium with axe-core against the
 * WCAG 2.0 and 2.1 A and AA rules (zero violations), and its HTML as the server sent it checked by the Nu HTML
 * Checker (zero errors); planted faults show that both checkers see them. Forms are also checked as they are shown
 * after a submission with errors. Then keyboard basics (the skip link comes first and focus is visible) and a 360 px
 * wide screen (no horizontal scrolling).
 *
 * <p>To check a new page, add a row to {@link #PAGES} (or {@link #FORMS_WITH_ERRORS}): who sees it and its address,
 * where {@code {product}}, {@code {consultation}}, … stand for the data {@link World} arranges. Failures list each
 * violation with its rule, impact, the CSS selector of every offending element and axe's advice; the full report of
 * the last run is written to {@code target/accessibility/report.txt}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityIT {

    /** Who looks at a page: each role is one browser session, signed in once. */
    enum Role { ANONYMOUS, COMPANY, BUYER, EVALUATOR, ADMIN }

    /** A page to check: who sees it, a name for the report, its address. */
    record Page(Role role, String name, String path) {}

    /**
     * A form submitted as it is (empty or incomplete), checked as it comes back with its error messages.
     *
     * @param buttons the buttons pressed in turn (e.g. a button and its confirmation)
     */
    record FormWithErrors(Role role, String name, String path, String... buttons) {}

    static final List<String> LANGUAGES = List.of("eu", "es", "en");

    static final List<Page> PAGES = List.of(
            new Page(Role.ANONYMOUS, "home", "/"),
            new Page(Role.ANONYMOUS, "search", "/search.xhtml?q={word}"),
            new Page(Role.ANONYMOUS, "search with facets", "/search.xhtml?q={word}&f=risk:IIA&f=takeback:yes"),
            new Page(Role.ANONYMOUS, "search without results", "/search.xhtml?q=zzqx{word}"),
            new Page(Role.ANONYMOUS, "catalogue", "/catalog/index.xhtml"),
            new Page(Role.ANONYMOUS, "catalogue category", "/catalog/index.xhtml?code=Z12"),
            new Page(Role.ANONYMOUS, "product", "/catalog/product.xhtml?id={product}"),
            new Page(Role.ANONYMOUS, "compare", "/compare.xhtml?id={product}&id={product2}"),
            new Page(Role.ANONYMOUS, "consultations", "/consultations/index.xhtml"),
            new Page(Role.ANONYMOUS, "consultation notice", "/consultations/view.xhtml?id={consultation}"),
            new Page(Role.ANONYMOUS, "sign in", "/login.xhtml"),
            new Page(Role.ANONYMOUS, "market in figures", "/insight/cluster.xhtml"),
            new Page(Role.ANONYMOUS, "accessibility statement", "/accessibility.xhtml"),
            new Page(Role.ANONYMOUS, "accessibility feedback form", "/feedback.xhtml?page=/search.xhtml"),
            new Page(Role.ANONYMOUS, "company registration form", "/register.xhtml"),
            new Page(Role.ANONYMOUS, "not found", "/no-such-page.xhtml"),
            new Page(Role.ANONYMOUS, "bad address", "/catalog/product.xhtml?id=not-a-number"),
            new Page(Role.COMPANY, "own products", "/company/products.xhtml"),
            new Page(Role.COMPANY, "product edit form", "/company/product.xhtml?id={product}"),
            new Page(Role.COMPANY, "new product form", "/company/product.xhtml"),
            new Page(Role.COMPANY, "company profile", "/company/profile.xhtml"),
            new Page(Role.COMPANY, "consultation answer", "/company/consultation.xhtml?id={consultation}"),
            new Page(Role.COMPANY, "notifications", "/account/notifications.xhtml"),
            new Page(Role.COMPANY, "pilots", "/pilots/index.xhtml"),
            new Page(Role.COMPANY, "pilot (invited company)", "/pilots/pilot.xhtml?id={pilot}"),
            new Page(Role.COMPANY, "home, signed in", "/"),
            new Page(Role.BUYER, "home, signed in", "/"),
            new Page(Role.BUYER, "needs and pilots", "/pilots/index.xhtml"),
            new Page(Role.BUYER, "new need form", "/pilots/need-new.xhtml"),
            new Page(Role.BUYER, "need with candidates", "/pilots/need.xhtml?id={need}"),
            new Page(Role.BUYER, "pilot request form", "/pilots/request.xhtml?product={product}&need={need}"),
            new Page(Role.BUYER, "pilot", "/pilots/pilot.xhtml?id={pilot}"),
            new Page(Role.BUYER, "pilot dashboard", "/pilots/dashboard.xhtml"),
            new Page(Role.BUYER, "lists", "/buyer/lists.xhtml"),
            new Page(Role.BUYER, "shortlist", "/buyer/shortlist.xhtml?id={shortlist}"),
            new Page(Role.BUYER, "saved search", "/buyer/saved-search.xhtml?id={savedSearch}"),
            new Page(Role.BUYER, "save a search", "/buyer/save-search.xhtml?q={word}"),
            new Page(Role.BUYER, "add to a shortlist", "/buyer/add-to-shortlist.xhtml?id={product}"),
            new Page(Role.BUYER, "product, signed in", "/catalog/product.xhtml?id={product}"),
            new Page(Role.BUYER, "consultation (buying team)", "/buyer/consultation.xhtml?id={consultation}"),
            new Page(Role.BUYER, "new consultation form", "/buyer/consultation.xhtml"),
            new Page(Role.BUYER, "notifications", "/account/notifications.xhtml"),
            new Page(Role.EVALUATOR, "evidence review", "/evaluator/review.xhtml"),
            new Page(Role.EVALUATOR, "home, signed in", "/"),
            new Page(Role.ADMIN, "home, signed in", "/"),
            new Page(Role.ADMIN, "administration", "/admin/index.xhtml"),
            new Page(Role.ADMIN, "installation in figures", "/admin/dashboard.xhtml"),
            new Page(Role.ADMIN, "audit trail", "/admin/audit.xhtml"),
            new Page(Role.ADMIN, "registrations", "/admin/registrations.xhtml"),
            new Page(Role.ADMIN, "accessibility reports", "/admin/feedback.xhtml"));

    static final List<FormWithErrors> FORMS_WITH_ERRORS = List.of(
            new FormWithErrors(Role.ANONYMOUS, "sign in, empty", "/login.xhtml", "login:submit"),
            new FormWithErrors(Role.COMPANY, "new product, empty", "/company/product.xhtml", "product:save"),
            new FormWithErrors(Role.COMPANY, "consultation answer, empty", "/company/consultation.xhtml?id={consultation}",
                    "answer:submit"),
            new FormWithErrors(Role.BUYER, "new consultation, announced empty", "/buyer/consultation.xhtml",
                    "consultation:askSchedule", "consultation:confirmSchedule"),
            new FormWithErrors(Role.BUYER, "save a search, no name", "/buyer/save-search.xhtml", "save:saveSearch"),
            new FormWithErrors(Role.BUYER, "new need, empty", "/pilots/need-new.xhtml", "need:save"),
            new FormWithErrors(Role.ANONYMOUS, "accessibility feedback, empty", "/feedback.xhtml", "feedback:send"),
            new FormWithErrors(Role.ANONYMOUS, "company registration, empty", "/register.xhtml", "register:submit"),
            new FormWithErrors(Role.BUYER, "pilot request, empty", "/pilots/request.xhtml?product={product}",
                    "request:submit"),
            new FormWithErrors(Role.ADMIN, "new organisation, empty", "/admin/index.xhtml", "newOrganisation:create"));

    /**
     * Pages whose English version is also saved as a screenshot (target/screenshots, copied to docs/screenshots for
     * the README): what each role sees first, and the dashboards.
     */
    static final Map<String, String> SCREENSHOTS = Map.of(
            Role.ANONYMOUS + " home", "home",
            Role.COMPANY + " home, signed in", "home-company",
            Role.BUYER + " home, signed in", "home-buyer",
            Role.EVALUATOR + " home, signed in", "home-evaluator",
            Role.ADMIN + " home, signed in", "home-admin",
            Role.ANONYMOUS + " market in figures", "market-in-figures",
            Role.ADMIN + " installation in figures", "admin-dashboard",
            Role.ANONYMOUS + " consultation notice", "consultation-notice",
            Role.EVALUATOR + " evidence review", "evidence-review");

    /**
     * Pages checked on a 360 px wide screen (a small phone): nothing may need horizontal scrolling. Wide data tables
     * scroll inside their own focusable region, which WCAG 1.4.10 allows.
     */
    static final List<Page> NARROW_PAGES = List.of(
            new Page(Role.ANONYMOUS, "home", "/"),
            new Page(Role.ANONYMOUS, "search", "/search.xhtml?q={word}"),
            new Page(Role.ANONYMOUS, "catalogue", "/catalog/index.xhtml"),
            new Page(Role.ANONYMOUS, "product", "/catalog/product.xhtml?id={product}"),
            new Page(Role.ANONYMOUS, "compare", "/compare.xhtml?id={product}&id={product2}"),
            new Page(Role.ANONYMOUS, "consultation notice", "/consultations/view.xhtml?id={consultation}"),
            new Page(Role.ANONYMOUS, "sign in", "/login.xhtml"),
            new Page(Role.COMPANY, "own products", "/company/products.xhtml"),
            new Page(Role.COMPANY, "product edit form", "/company/product.xhtml?id={product}"),
            new Page(Role.COMPANY, "consultation answer", "/company/consultation.xhtml?id={consultation}"),
            new Page(Role.BUYER, "lists", "/buyer/lists.xhtml"),
            new Page(Role.BUYER, "consultation (buying team)", "/buyer/consultation.xhtml?id={consultation}"),
            new Page(Role.BUYER, "need with candidates", "/pilots/need.xhtml?id={need}"),
            new Page(Role.BUYER, "pilot", "/pilots/pilot.xhtml?id={pilot}"),
            new Page(Role.BUYER, "pilot dashboard", "/pilots/dashboard.xhtml"),
            new Page(Role.ANONYMOUS, "market in figures", "/insight/cluster.xhtml"),
            new Page(Role.EVALUATOR, "evidence review", "/evaluator/review.xhtml"),
            new Page(Role.ADMIN, "administration", "/admin/index.xhtml"));

    /** Pages whose whole tab order is walked with the keyboard. */
    static final List<Page> KEYBOARD_PAGES = List.of(
            new Page(Role.ANONYMOUS, "home", "/"),
            new Page(Role.ANONYMOUS, "search", "/search.xhtml?q={word}"),
            new Page(Role.ANONYMOUS, "product", "/catalog/product.xhtml?id={product}"),
            new Page(Role.ANONYMOUS, "sign in", "/login.xhtml"));

    /** The elements Tab should reach, in document order: focusable, not disabled, not hidden, no negative tabindex. */
    private static final String TABBABLE = """
            return Array.from(document.querySelectorAll(
                    'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]'))
                .filter(function (e) {
                    return !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0
                        && getComputedStyle(e).visibility !== 'hidden';
                });
            """;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Path REPORT = Path.of("target", "accessibility", "report.txt");
    private static World world;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withShiftedClock();
    }

    @ArquillianResource
    URL baseUrl;

    ChromeDriver browser;

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeAll
    static void startTheReport() throws IOException {
        Files.deleteIfExists(REPORT);
    }

    @AfterAll
    static void resetClock() {
        if (world != null) {
            world.anonymous.put("/api/v1/test/clock/0", Json.createObjectBuilder().build());
        }
    }

    @Test
    void anonymousPagesHaveNoViolations() throws Exception {
        assertNoViolations(Role.ANONYMOUS);
    }

    @Test
    void companyPagesHaveNoViolations() throws Exception {
        assertNoViolations(Role.COMPANY);
    }

    @Test
    void buyerPagesHaveNoViolations() throws Exception {
        assertNoViolations(Role.BUYER);
    }

    @Test
    void evaluatorPagesHaveNoViolations() throws Exception {
        assertNoViolations(Role.EVALUATOR);
    }

    @Test
    void administratorPagesHaveNoViolations() throws Exception {
        assertNoViolations(Role.ADMIN);
    }

    @Test
    void theCheckersReportAViolationWhenThereIsOne() throws Exception {
        World w = world();
        browser = Browser.open();
        browser.get(w.base + "/login.xhtml");
        browser.executeScript("var i = document.createElement('input'); i.type = 'text'; i.id = 'unlabelled';"
                + " document.querySelector('main').appendChild(i);");
        List<Axe.Violation> violations = Axe.check(browser, Axe.WCAG_21_AA);
        assertThat(violations).extracting(Axe.Violation::id).contains("label");
        assertThat(violations.stream().filter(v -> v.id().equals("label")).findFirst().orElseThrow().describe())
                .contains("#unlabelled", "critical");
        assertThat(HtmlChecker.errors("<!DOCTYPE html><html lang=\"en\"><title>t</title><p><time datetime=\"soon\">x</time>"))
                .singleElement().asString().contains("datetime");
    }

    @Test
    void theSkipLinkComesFirstAndFocusIsVisible() throws Exception {
        World w = world();
        browser = Browser.open();
        for (String language : LANGUAGES) {
            browser.get(w.base + "/?lang=" + language);
            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement first = browser.switchTo().activeElement();
            assertThat(first.getAttribute("class")).as("the first element in tab order").contains("skip-link");
            assertThat(first.getAttribute("href")).endsWith("#main");
            assertThat(first.isDisplayed()).as("the skip link shows when focused").isTrue();
            assertThat(visibleFocus(first)).as("the focused skip link has a visible focus style").isTrue();
            first.sendKeys(Keys.ENTER);
            assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the skip link moves focus").isEqualTo("main");

            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            WebElement next = browser.switchTo().activeElement();
            assertThat(next.getTagName()).isIn("a", "input", "button", "select", "textarea");
            assertThat(visibleFocus(next)).as("focus is visible on " + next.getTagName()).isTrue();
        }
    }

    /**
     * Tab goes through every focusable element of a page in document order (no positive tabindex reorders it, nothing
     * is skipped) and then leaves the page (no keyboard trap).
     */
    @Test
    void tabFollowsTheDocumentOrderAndLeavesThePage() throws Exception {
        World w = world();
        browser = Browser.open();
        for (Page page : KEYBOARD_PAGES) {
            browser.get(w.base + w.resolve(page.path()));
            @SuppressWarnings("unchecked")
            List<WebElement> expected = (List<WebElement>) browser.executeScript(TABBABLE);
            assertThat(expected).as(page.name() + ": focusable elements").hasSizeGreaterThan(3);
            List<WebElement> visited = new ArrayList<>();
            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            for (int i = 0; i < expected.size(); i++) {
                visited.add(browser.switchTo().activeElement());
                browser.switchTo().activeElement().sendKeys(Keys.TAB);
            }
            assertThat(visited).as(page.name() + ": the tab order").containsExactlyElementsOf(expected);
            Object after = browser.executeScript("return document.activeElement;");
            assertThat(after == null || after.equals(browser.findElement(By.tagName("body"))) || after.equals(expected.get(0)))
                    .as(page.name() + ": Tab after the last element leaves the page or starts again (no trap), not "
                            + after).isTrue();
        }
    }

    /** With "reduce motion" asked for by the system, nothing moves: no transition or animation runs for any time. */
    @Test
    void nothingMovesWhenReducedMotionIsAskedFor() throws Exception {
        World w = world();
        browser = Browser.open();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
        for (Page page : NARROW_PAGES.stream().filter(p -> p.role() == Role.ANONYMOUS).toList()) {
            browser.get(w.base + w.resolve(page.path()));
            assertThat(browser.executeScript("return matchMedia('(prefers-reduced-motion: reduce)').matches;")).isEqualTo(true);
            Object moving = browser.executeScript("""
                    return Array.from(document.querySelectorAll('*')).filter(function (e) {
                        var s = getComputedStyle(e);
                        return s.transitionDuration.split(',').some(function (d) { return parseFloat(d) > 0; })
                            || (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0);
                    }).map(function (e) { return e.tagName.toLowerCase() + '.' + e.className; });
                    """);
            assertThat((List<?>) moving).as(page.name() + ": elements that still move").isEmpty();
        }
    }

    @Test
    void mainPagesNeedNoHorizontalScrollingAt360Pixels() throws Exception {
        World w = world();
        browser = Browser.open();
        browser.manage().window().setSize(new Dimension(360, 800));
        Pages pages = new Pages(browser);
        List<String> overflowing = new ArrayList<>();
        for (Role role : Role.values()) {
            if (role != Role.ANONYMOUS) {
                pages.signIn(w.base, w.actors.get(role));
            }
            for (String language : LANGUAGES) {
                browser.get(w.base + "/?lang=" + language);
                for (Page page : NARROW_PAGES) {
                    if (page.role() != role) {
                        continue;
                    }
                    browser.get(w.base + w.resolve(page.path()));
                    Number viewport = (Number) browser.executeScript("return document.documentElement.clientWidth;");
                    Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
                    if (width.intValue() > viewport.intValue()) {
                        overflowing.add(role + " · " + page.name() + " [" + language + "]: " + width + " px wide in a "
                                + viewport + " px viewport; widest: " + browser.executeScript(WIDEST));
                    }
                    ((List<?>) browser.executeScript(UNREACHABLE_SCROLL_BOXES)).forEach(box -> overflowing.add(role
                            + " · " + page.name() + " [" + language + "]: a box scrolls sideways but the keyboard cannot"
                            + " reach it or it has no name: " + box));
                }
            }
        }
        assertThat(overflowing).as("pages wider than a 360 px screen, or with a scroll box out of the keyboard's reach")
                .isEmpty();
    }

    /**
     * Pages at 200 % zoom: a 1280 px window zoomed to 200 % lays pages out in 640 CSS pixels (checked in a 640 px
     * window), and text alone enlarged to 200 % (the root font size doubled, as the browser's text-size setting does:
     * every size in the stylesheet is in rem). Neither may need horizontal scrolling, nor push a control off the
     * screen or clip it. Wide tables scroll inside their own focusable region.
     */
    @Test
    void mainPagesStayUsableAt200PercentZoom() throws Exception {
        World w = world();
        browser = Browser.open();
        List<String> problems = new ArrayList<>();
        List<Page> pages = NARROW_PAGES.stream().filter(p -> p.role() == Role.ANONYMOUS).toList();
        browser.get(w.base + "/?lang=eu"); // the longest words
        for (boolean textOnly : List.of(false, true)) {
            browser.manage().window().setSize(textOnly ? new Dimension(1280, 900) : new Dimension(640, 900));
            for (Page page : pages) {
                browser.get(w.base + w.resolve(page.path()));
                if (textOnly) {
                    browser.executeScript("document.documentElement.style.fontSize = '200%';");
                }
                String zoom = textOnly ? "text 200 %" : "page 200 %";
                Number viewport = (Number) browser.executeScript("return document.documentElement.clientWidth;");
                Number width = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
                if (width.intValue() > viewport.intValue()) {
                    problems.add(page.name() + " [" + zoom + "]: " + width + " px wide in " + viewport + " px; widest: "
                            + browser.executeScript(WIDEST));
                }
                ((List<?>) browser.executeScript(CLIPPED_CONTROLS)).forEach(c -> problems.add(page.name() + " [" + zoom
                        + "]: " + c));
            }
        }
        assertThat(problems).as("pages not usable at 200 % zoom").isEmpty();
    }

    /**
     * Controls outside the screen or clipped by their own box: an interactive element (not inside a table's scroll
     * region, not visually hidden) whose box leaves the viewport sideways, or whose content overflows a box that
     * hides overflow.
     */
    private static final String CLIPPED_CONTROLS = """
            var w = document.documentElement.clientWidth, found = [];
            document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary, label')
                .forEach(function (e) {
                    var r = e.getBoundingClientRect(), s = getComputedStyle(e);
                    if (r.width <= 1 || r.height <= 1 || s.visibility === 'hidden' || e.closest('.table-wrap')
                            || e.matches('.skip-link')) { return; } // the skip link waits off screen until focused
                    var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + (e.textContent || e.value || '').trim().slice(0, 30) + '"';
                    if (r.left < -1 || r.right > w + 1) {
                        found.push(name + ' lies outside the screen (' + Math.round(r.left) + '–' + Math.round(r.right) + ' px)');
                    } else if (s.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'INPUT'
                            && e.tagName !== 'SELECT' && e.tagName !== 'TEXTAREA') {
                        found.push(name + ' is clipped (' + e.scrollWidth + ' px of content in ' + e.clientWidth + ' px)');
                    }
                });
            return found;
            """;

    /** Boxes that scroll sideways but are not in the tab order, or are not a region with a name. */
    private static final String UNREACHABLE_SCROLL_BOXES = """
            return Array.from(document.querySelectorAll('body *')).filter(function (e) {
                var o = getComputedStyle(e).overflowX;
                return (o === 'auto' || o === 'scroll') && e.scrollWidth > e.clientWidth;
            }).filter(function (e) {
                var label = e.getAttribute('aria-labelledby');
                return e.tabIndex < 0 || e.getAttribute('role') !== 'region'
                    || !(e.getAttribute('aria-label') || (label && document.getElementById(label)));
            }).map(function (e) { return e.outerHTML.slice(0, 120); });
            """;

    /**
     * Every box that scrolls sideways (a wide table on a phone) can be reached and scrolled with the keyboard: it is
     * in the tab order, is a named region, and the arrow keys scroll it (WCAG 2.1.1, 4.1.2).
     */
    @Test
    void wideTablesScrollWithTheKeyboard() throws Exception {
        World w = world();
        browser = Browser.open();
        browser.manage().window().setSize(new Dimension(360, 800));
        new Pages(browser).signIn(w.base, w.actors.get(Role.ADMIN));
        browser.get(w.base + "/admin/index.xhtml");
        @SuppressWarnings("unchecked")
        List<String> unreachable = (List<String>) browser.executeScript(UNREACHABLE_SCROLL_BOXES);
        assertThat(unreachable).as("scrolling boxes the keyboard cannot reach, or without a name").isEmpty();
        WebElement organisations = browser.findElement(By.cssSelector(".table-wrap[aria-labelledby=organisations-caption]"));
        assertThat((Boolean) browser.executeScript("return arguments[0].scrollWidth > arguments[0].clientWidth;",
                organisations)).as("the organisations table is wider than a 360 px screen").isTrue();
        tabUntil("arguments[0] === arguments[1]", organisations);
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d ->
                ((Number) browser.executeScript("return arguments[0].scrollLeft;", organisations)).intValue() > 0);
    }

    /**
     * The main journeys with the keyboard alone, focus visible at every stop. A visitor: from the home page, the
     * search box, a query and Enter; a facet; a result; the product page. A buyer: signs in, searches, ticks two
     * results with the space bar and compares them.
     */
    @Test
    void theMainJourneysWorkWithTheKeyboardAlone() throws Exception {
        World w = world();
        browser = Browser.open();
        String word = w.values.get("word");
        browser.get(w.base + "/?lang=es");
        tabUntil("arguments[0].id === 'site-q'");
        browser.switchTo().activeElement().sendKeys(word, Keys.ENTER);
        new Pages(browser).waitFor(By.cssSelector(".results"));
        assertThat(browser.getCurrentUrl()).contains("/search.xhtml", "q=" + word);
        tabUntil("arguments[0].matches('.search__facets .facet a.facet__value')");
        String facet = browser.switchTo().activeElement().getAttribute("href");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().equals(facet));
        assertThat(browser.findElements(By.cssSelector(".facet__value--selected"))).as("the facet is applied").isNotEmpty();
        tabUntil("arguments[0].matches('.results .card__title a')");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new Pages(browser).waitFor(By.cssSelector(".glance"));
        assertThat(browser.getCurrentUrl()).contains("/catalog/product.xhtml?id=");

        Actor buyer = w.actors.get(Role.BUYER);
        browser.manage().deleteAllCookies();
        browser.get(w.base + "/");
        tabUntil("arguments[0].matches('a[href$=\"/login.xhtml\"]')");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new Pages(browser).waitFor(By.id("login:username"));
        tabUntil("arguments[0].id === 'login:username'");
        browser.switchTo().activeElement().sendKeys(buyer.username(), Keys.TAB);
        assertFocusVisible();
        browser.switchTo().activeElement().sendKeys(buyer.password(), Keys.ENTER);
        new Pages(browser).waitFor(By.cssSelector(".signed-in-as"));
        tabUntil("arguments[0].id === 'site-q'");
        browser.switchTo().activeElement().sendKeys(word, Keys.ENTER);
        new Pages(browser).waitFor(By.cssSelector(".results"));
        for (int i = 0; i < 2; i++) {
            tabUntil("arguments[0].matches('.compare-pick input') && !arguments[0].checked");
            browser.switchTo().activeElement().sendKeys(Keys.SPACE);
            assertThat(browser.switchTo().activeElement().isSelected()).as("the space bar ticks a result").isTrue();
        }
        // The compare button stands above the results: back up to it.
        tabUntil("arguments[0].matches('.compare-form button[type=submit]:not([formaction])')", null, Keys.chord(Keys.SHIFT, Keys.TAB));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        new Pages(browser).waitFor(By.cssSelector("table.compare"));
        assertThat(browser.findElements(By.cssSelector("table.compare thead th"))).as("two products side by side").hasSize(3);
    }

    /**
     * Printing a comparison, a product sheet, search results or a report (the market in figures, the pilots' and the
     * installation's dashboards): no navigation, search box, facets or buttons; the content itself, black on white;
     * charts printed, their bars black whatever the brand colour; external links with their address.
     */
    @Test
    void printedPagesShowTheContentWithoutNavigationOrControls() throws Exception {
        World w = world();
        browser = Browser.open();
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Map<String, List<String>> shown = Map.of(
                "/compare.xhtml?id={product}&id={product2}", List.of("table.compare", "table.compare tbody tr"),
                "/search.xhtml?q={word}", List.of(".results", ".results .card"),
                "/catalog/product.xhtml?id={product}", List.of("h1", ".glance__panel", ".glance svg"),
                "/insight/cluster.xhtml", List.of(".chart__svg", ".chart .table"));
        for (Map.Entry<String, List<String>> page : shown.entrySet()) {
            browser.get(w.base + w.resolve(page.getKey()));
            assertThat(browser.executeScript("return matchMedia('print').matches;")).isEqualTo(true);
            for (String hidden : List.of(".site-header", "nav", ".site-footer", ".search-form", ".search__facets",
                    ".compare-actions", ".button", "button", "input")) {
                assertThat(displayed(hidden)).as(page.getKey() + ": " + hidden + " is not printed").isFalse();
            }
            for (String content : page.getValue()) {
                assertThat(displayed(content)).as(page.getKey() + ": " + content + " is printed").isTrue();
            }
            assertThat(browser.executeScript("var s = getComputedStyle(document.querySelector('main h1'));"
                    + " return s.color + ' on ' + getComputedStyle(document.body).backgroundColor;"))
                    .as(page.getKey() + ": black on white").isIn("rgb(0, 0, 0) on rgba(0, 0, 0, 0)", "rgb(0, 0, 0) on rgb(255, 255, 255)");
            assertThat(browser.executeScript("return getComputedStyle(document.querySelector('thead') || document.body).display;"))
                    .as("table headers repeat on each printed page").isIn("table-header-group", "block");
        }
        Map<Role, String> reports = Map.of(Role.BUYER, "/pilots/dashboard.xhtml", Role.ADMIN, "/admin/dashboard.xhtml");
        for (Map.Entry<Role, String> report : reports.entrySet()) {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "")); // the sign-in form is not printed
            new Pages(browser).signIn(w.base, w.actors.get(report.getKey()));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            browser.get(w.base + report.getValue());
            assertThat(displayed(".site-header")).as(report.getValue() + ": the header is not printed").isFalse();
            assertThat(displayed(".chart .table")).as(report.getValue() + ": the figures are printed").isTrue();
            assertThat(browser.executeScript("var r = document.querySelector('.chart__svg rect');"
                    + " return r ? getComputedStyle(r).fill : 'no bar';"))
                    .as(report.getValue() + ": chart bars print black").isIn("rgb(0, 0, 0)", "no bar");
        }
        browser.manage().deleteAllCookies();
        browser.get(w.base + "/accessibility.xhtml");
        browser.executeScript("var a = document.createElement('a'); a.id = 'external'; a.href = 'https://example.org/x';"
                + " a.textContent = 'x'; document.querySelector('main').appendChild(a);");
        assertThat((String) browser.executeScript("return getComputedStyle(document.getElementById('external'), '::after').content;"))
                .as("an external link prints its address").contains("https://example.org/x");
    }

    /**
     * The health system's branding is configuration (the test server sets colours a shade off the defaults, a contact
     * link and a logo file, src/test/liberty/it-server.env): it reaches every page, and wins over the stylesheet's
     * defaults.
     */
    @Test
    void theHealthSystemsBrandingComesFromConfiguration() throws Exception {
        World w = world();
        browser = Browser.open();
        browser.get(w.base + "/");
        assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.site-header')).backgroundColor;"))
                .as("BERRIGUNE_PRIMARY_COLOUR=#0b5d4c").isEqualTo("rgb(11, 93, 76)");
        assertThat(browser.executeScript("return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();"))
                .as("BERRIGUNE_ACCENT_COLOUR").isEqualTo("#1f5fd7");
        assertThat(browser.findElement(By.id("footer-contact")).getAttribute("href")).isEqualTo("mailto:accesibilidad@it.example");
        assertThat(browser.findElement(By.cssSelector(".brand img")).getAttribute("src")).endsWith("/branding/logo");
        assertThat((Boolean) browser.executeScript("var i = document.querySelector('.brand img'); return i.complete && i.naturalWidth > 0;"))
                .as("the configured logo file is served").isTrue();
    }

    private boolean displayed(String selector) {
        return Boolean.TRUE.equals(browser.executeScript("""
                return Array.from(document.querySelectorAll(arguments[0])).some(function (e) {
                    return e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
                });
                """, selector));
    }

    private void tabUntil(String condition) {
        tabUntil(condition, null, Keys.TAB);
    }

    private void tabUntil(String condition, Object argument) {
        tabUntil(condition, argument, Keys.TAB);
    }

    /**
     * Presses Tab (or Shift+Tab) until the focused element meets the condition (JavaScript over {@code arguments[0]},
     * the focused element, and {@code arguments[1]}), checking at every stop that focus is visible; fails after 200
     * stops.
     */
    private void tabUntil(String condition, Object argument, CharSequence key) {
        for (int i = 0; i < 200; i++) {
            WebElement focused = browser.switchTo().activeElement();
            focused.sendKeys(key);
            focused = browser.switchTo().activeElement();
            assertFocusVisible();
            if (Boolean.TRUE.equals(browser.executeScript("return !!(" + condition + ");", focused, argument))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached an element where " + condition + " on " + browser.getCurrentUrl());
    }

    private void assertFocusVisible() {
        WebElement focused = browser.switchTo().activeElement();
        assertThat(visibleFocus(focused)).as("focus is visible on " + focused.getTagName() + " "
                + focused.getAttribute("outerHTML").substring(0, Math.min(100, focused.getAttribute("outerHTML").length()))
                + " at " + browser.getCurrentUrl()).isTrue();
    }

    /** The element that sticks out furthest to the right, to make a failure actionable. */
    private static final String WIDEST = """
            var w = document.documentElement.clientWidth, worst = null, right = w;
            var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                var n = walker.currentNode, r;
                if (n.nodeType === 3) {
                    if (getComputedStyle(n.parentElement).overflowX !== 'visible') { continue; }
                    var range = document.createRange();
                    range.selectNodeContents(n);
                    r = range.getBoundingClientRect().right;
                    n = n.parentElement;
                } else {
                    r = n.getBoundingClientRect().right;
                }
                if (r > right) { right = r; worst = n; }
            }
            return worst ? worst.tagName.toLowerCase() + (worst.id ? '#' + worst.id : '')
                + (worst.className && worst.className.baseVal === undefined ? '.' + worst.className.trim().replace(/\\s+/g, '.') : '')
                + ' reaches ' + Math.round(right) + ' px' : 'none';
            """;

    private boolean visibleFocus(WebElement element) {
        Object visible = browser.executeScript("""
                var s = getComputedStyle(arguments[0]);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
                """, element);
        return Boolean.TRUE.equals(visible);
    }

    private void assertNoViolations(Role role) throws Exception {
        World w = world();
        browser = Browser.open();
        Pages pages = new Pages(browser);
        if (role != Role.ANONYMOUS) {
            pages.signIn(w.base, w.actors.get(role));
        }
        List<String> report = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        int checked = 0;
        for (String language : LANGUAGES) {
            browser.get(w.base + "/?lang=" + language);
            for (Page page : PAGES) {
                if (page.role() == role) {
                    browser.get(w.base + w.resolve(page.path()));
                    String screenshot = SCREENSHOTS.get(role + " " + page.name());
                    if (screenshot != null && language.equals("en")) {
                        Browser.screenshot(browser, screenshot);
                    }
                    report.addAll(describe(role, language, page.name(), check()));
                    invalid.addAll(validate(role, language, page.name(), served()));
                    checked++;
                }
            }
            for (FormWithErrors form : FORMS_WITH_ERRORS) {
                if (form.role() == role) {
                    browser.get(w.base + w.resolve(form.path()));
                    for (String button : form.buttons()) {
                        pages.click(button);
                    }
                    assertThat(browser.findElements(By.cssSelector(".message--error, .field__error, [aria-invalid=true]")))
                            .as(form.name() + " shows its errors").isNotEmpty();
                    report.addAll(describe(role, language, form.name(), check()));
                    invalid.addAll(validate(role, language, form.name(), shown()));
                    checked++;
                }
            }
        }
        write(role, checked, report, invalid);
        assertThat(checked).isPositive();
        int pageCount = checked;
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(report).as("WCAG 2.1 A/AA violations on " + pageCount + " pages of " + role + ":\n"
                    + String.join("\n", report)).isEmpty();
            softly.assertThat(invalid).as("HTML errors on " + pageCount + " pages of " + role + ":\n"
                    + String.join("\n", invalid)).isEmpty();
        });
    }

    /** Checks the page with every disclosure ({@code <details>}) open, so that what they hide is checked too. */
    private List<Axe.Violation> check() {
        browser.executeScript("document.querySelectorAll('details').forEach(function (d) { d.open = true; });");
        return Axe.check(browser, Axe.WCAG_21_AA);
    }

    private static List<String> describe(Role role, String language, String page, List<Axe.Violation> violations) {
        return violations.stream().map(v -> "  [" + role + " · " + language + " · " + page + "] " + v.describe()).toList();
    }

    /** The page as the server sent it (fetched again by the browser, with its session), not as scripts changed it. */
    private String served() {
        return (String) browser.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                fetch(location.href, {credentials: 'same-origin'})
                    .then(function (r) { return r.text(); }).then(done)
                    .catch(function (e) { done('fetch failed: ' + e); });
                """);
    }

    /** The page the browser shows after a form submission (a POST, which fetching again would not repeat). */
    private String shown() {
        return "<!DOCTYPE html>\n" + browser.executeScript("return document.documentElement.outerHTML;");
    }

    private static List<String> validate(Role role, String language, String page, String html) {
        return HtmlChecker.errors(html).stream().map(e -> "  [" + role + " · " + language + " · " + page + "] " + e).toList();
    }

    private static synchronized void write(Role role, int checked, List<String> report, List<String> invalid)
            throws IOException {
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, role + ": " + checked + " pages checked, " + report.size() + " axe violations, "
                + invalid.size() + " HTML errors\n" + String.join("\n", report) + "\n" + String.join("\n", invalid)
                + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private synchronized World world() throws Exception {
        if (world == null) {
            world = new World(baseUrl);
        }
        return world;
    }

    /**
     * The data the pages show, arranged once for the whole class through the REST API: a company with two published
     * products (one with self-declared evidence for the evaluator), a hospital with a buyer, an evaluator and an
     * administrator, a shortlist, a saved search with an alert raised, and an open consultation with a required
     * question. The test clock is moved on an hour so that the consultation is open; it is reset after the class.
     */
    static final class World {

        final String base;
        final Api anonymous;
        final Map<Role, Actor> actors;
        final Map<String, String> values;

        World(URL baseUrl) throws Exception {
            base = baseUrl.toString().replaceAll("/$", "");
            anonymous = Api.anonymous(baseUrl.toURI());
            Actors people = new Actors(baseUrl.toURI());
            Actor company = people.supplierOfNewCompany();
            Actor buyer = people.staffOfNewBuyer("BUYER");
            Actor evaluator = people.staffOf(buyer, "EVALUATOR");
            Actor admin = people.staffOf(buyer, "ADMIN");
            actors = Map.of(Role.COMPANY, company, Role.BUYER, buyer, Role.EVALUATOR, evaluator, Role.ADMIN, admin);
            String word = "ka" + new Random().ints(8, 'a', 'z' + 1)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

            long savedSearch = buyer.api().post("/api/v1/saved-searches", Json.createObjectBuilder()
                    .add("name", "Telemonitoring " + word).add("query", "q=" + word).add("alerts", true).build()).locationId();
            long product = company.api().post("/api/v1/products", Products.complete("Telemonitor " + word).build()).locationId();
            company.api().post("/api/v1/products/" + product + "/evidence", Json.createObjectBuilder(Products.evidence("RCT"))
                    .add("reference", "https://doi.org/10.1016/j.jcardfail.2024.01.012/supplementary-appendix-table-s3")
                    .build());
            company.api().post("/api/v1/products/" + product + "/publish", null);
            long product2 = Products.published(company, "Home spirometer " + word);
            long shortlist = buyer.api().post("/api/v1/shortlists", Json.createObjectBuilder().add("name", "Ward 3 " + word)
                    .add("productIds", Json.createArrayBuilder().add(product).add(product2)).build()).locationId();

            Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
            long consultation = buyer.api().post("/api/v1/consultations", Json.createObjectBuilder()
                    .add("kind", "OPEN")
                    .add("texts", Json.createObjectBuilder()
                            .add("es", Json.createObjectBuilder()
                                    .add("title", "Telemonitorización domiciliaria " + word)
                                    .add("description", "Buscamos soluciones de telemonitorización.")
                                    .add("need", "Reducir reingresos por insuficiencia cardiaca.")
                                    .add("participation", "Responda al cuestionario en Berrigune.")))
                    .add("emdnCodes", Json.createArrayBuilder().add("Z12"))
                    .add("startAt", start.toString())
                    .add("deadline", start.plus(Duration.ofDays(7)).toString())
                    .add("questions", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("kind", "TEXT").add("text", "Describa su solución")
                                    .add("required", true))
                            .add(Json.createObjectBuilder().add("kind", "SINGLE_CHOICE").add("text", "Modalidad")
                                    .add("options", Json.createArrayBuilder().add("Compra").add("Servicio"))))
                    .build()).locationId();
            assertThat(buyer.api().post("/api/v1/consultations/" + consultation + "/schedule", null).status()).isEqualTo(200);
            assertThat(anonymous.put("/api/v1/test/clock/3660", Json.createObjectBuilder().build()).status()).isEqualTo(200);
            anonymous.post("/api/v1/test/clock/tick", null);
            company.api().post("/api/v1/consultations/" + consultation + "/clarifications",
                    Json.createObjectBuilder().add("question", "¿Se acepta el préstamo de equipos?").build());

            long need = buyer.api().post("/api/v1/needs", Json.createObjectBuilder()
                    .add("title", "Reingresos " + word).add("problem", "Los pacientes reingresan.")
                    .add("hospital", "Hospital de Cruces").add("emdnCodes", Json.createArrayBuilder().add("Z12"))
                    .build()).locationId();
            long pilot = buyer.api().post("/api/v1/pilots", Json.createObjectBuilder().add("needId", need)
                    .add("productId", product).add("intendedUse", "Telemonitorización de 40 pacientes")
                    .add("withinIntendedPurpose", true).build()).locationId();
            for (String step : List.of("triage", "approval", "invitation")) {
                assertThat(buyer.api().post("/api/v1/pilots/" + pilot + "/" + step, null).status()).isEqualTo(200);
            }

            values = Map.of("word", word, "product", String.valueOf(product), "product2", String.valueOf(product2),
                    "shortlist", String.valueOf(shortlist), "savedSearch", String.valueOf(savedSearch),
                    "consultation", String.valueOf(consultation), "need", String.valueOf(need),
                    "pilot", String.valueOf(pilot));
        }

        String resolve(String path) {
            Matcher m = PLACEHOLDER.matcher(path);
            StringBuilder resolved = new StringBuilder();
            while (m.find()) {
                String value = values.get(m.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("no test data for {" + m.group(1) + "} in " + path);
                }
                m.appendReplacement(resolved, Matcher.quoteReplacement(value));
            }
            return m.appendTail(resolved).toString();
        }
    }
}
