package dk.arkiv.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Following links through the sample archive: topic, item, meeting, person, and back to a meeting. */
@ExtendWith(SampleSite.Resolver.class)
class NavigationInBrowserTest {

    @Test
    void fromATopicToAnItemToAPersonWhoWasThere(SampleSite site) {
        site.open("emner/index.html");
        site.driver().findElement(By.partialLinkText("Klimaalliancen")).click();
        assertThat(h1(site)).isEqualTo("Klimaalliancen");

        site.driver().findElement(By.cssSelector("main a[href*='midtjylland/2024-09-06/3-4/']")).click();
        assertThat(h1(site)).contains("Klimaalliancen og status på indsatser");
        String itemUrl = site.driver().getCurrentUrl();

        site.driver().findElement(By.cssSelector(".eyebrow a")).click();
        assertThat(site.driver().getCurrentUrl()).isEqualTo(itemUrl.replaceAll("[^/]+/index\\.html$", "index.html"));

        WebElement person = site.driver().findElement(By.cssSelector(".attendance-grid a[href*='personer/']"));
        String name = person.getText();
        person.click();
        assertThat(h1(site)).isEqualTo(name);
        assertThat(site.driver().findElements(By.cssSelector("main a[href*='2024-']"))).isNotEmpty();
    }

    @Test
    void everyPageHasASkipLinkToItsMainContent(SampleSite site) {
        site.open("midtjylland/2024-09-06/3-4/index.html");
        WebElement skip = site.driver().findElement(By.cssSelector("a.skip-link"));
        assertThat(skip.getAttribute("href")).endsWith("#indhold");
        assertThat(site.driver().findElement(By.id("indhold")).getTagName()).isEqualTo("main");
    }

    private static String h1(SampleSite site) {
        return site.driver().findElement(By.tagName("h1")).getText();
    }
}
