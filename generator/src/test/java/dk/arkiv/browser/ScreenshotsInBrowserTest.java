package dk.arkiv.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * Screenshots of the meeting, item and search pages on a phone (375 px) and a desktop (1280 px),
 * saved in target/screenshots/ for people to look at; the test checks that nothing is wider than the screen.
 */
@ExtendWith(SampleSite.Resolver.class)
class ScreenshotsInBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int MAX_HEIGHT = 6000;

    @ParameterizedTest(name = "{0} at {2} px")
    @CsvSource({
        "meeting, midtjylland/2024-09-06/index.html, 375",
        "meeting, midtjylland/2024-09-06/index.html, 1280",
        "item, midtjylland/2024-09-06/3-4/index.html, 375",
        "item, midtjylland/2024-09-06/3-4/index.html, 1280",
        "search, soeg/index.html?q=klimaalliancen, 375",
        "search, soeg/index.html?q=klimaalliancen, 1280",
        "home, index.html, 375",
        "person, personer/anette-poulsen/index.html, 375",
    })
    void pageFitsTheScreenAndIsSaved(String name, String path, int width, SampleSite site) throws IOException {
        site.driver().manage().window().setSize(new Dimension(width, 900));
        site.open(path);
        if (path.startsWith("soeg/")) {
            site.awaitSearch();
        }
        Number scrollWidth = (Number) site.driver().executeScript("return document.documentElement.scrollWidth");
        Number clientWidth = (Number) site.driver().executeScript("return document.documentElement.clientWidth");
        Number height = (Number) site.driver().executeScript("return document.documentElement.scrollHeight");
        site.driver().manage().window().setSize(new Dimension(width, Math.min(MAX_HEIGHT, height.intValue())));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), site.driver().getScreenshotAs(OutputType.BYTES));
        site.driver().manage().window().setSize(new Dimension(1280, 900));
        assertThat(scrollWidth.intValue()).as("%s at %d px scrolls sideways", name, width)
                .isLessThanOrEqualTo(clientWidth.intValue());
    }
}
