package dk.arkiv.site;

import java.time.LocalDateTime;

/**
 * How this build publishes the site.
 *
 * @param baseUrl where the site is published, ending in '/'; used for canonical URLs and feeds
 * @param directoryUrls whether links may end in '/' (a web server serves index.html) or must name
 *                      index.html (the site is opened from disk)
 * @param now the build's clock: decides what is published and what is upcoming
 */
public record SiteConfig(String baseUrl, boolean directoryUrls, LocalDateTime now) {
}
