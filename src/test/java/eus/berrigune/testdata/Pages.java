package eus.berrigune.testdata;

import eus.berrigune.testdata.Actors.Actor;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser journeys do on every page: sign in, type, press a button and wait for the next page. */
public final class Pages {

    private final ChromeDriver browser;

    public Pages(ChromeDriver browser) {
        this.browser = browser;
    }

    public void signIn(String base, Actor actor) {
        browser.manage().deleteAllCookies();
        browser.get(base + "/login.xhtml");
        type("login:username", actor.username());
        type("login:password", actor.password());
        click("login:submit");
        waitFor(By.cssSelector(".signed-in-as"));
    }

    public void type(String id, String text) {
        WebElement element = browser.findElement(By.id(id));
        element.clear();
        element.sendKeys(text);
    }

    /** Clicks a button that submits its form and waits until the next page has replaced this one. */
    public void click(String id) {
        click(browser.findElement(By.id(id)));
    }

    /** Clicks an element that leads to another page and waits until that page has replaced this one. */
    public void click(WebElement element) {
        element.click();
        waitUntilReplaced(element);
    }

    /**
     * Waits until the page that held the element has been replaced by the next one. Chromium reports a detached
     * element either as stale or as "node does not belong to the document"; both mean the same here.
     */
    public void waitUntilReplaced(WebElement element) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException detached) {
                return true;
            }
        });
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** The page's global messages. */
    public String messages() {
        return waitFor(By.id("messages")).getText();
    }
}
