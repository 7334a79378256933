package dk.arkiv.bench;

import dk.arkiv.browser.Chromium;
import dk.arkiv.browser.StaticServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How much a query transfers and how soon its results show, in headless Chromium on a built site
 * (bench/search.sh builds the 5,000-meeting corpus). Each query runs in a fresh browser, so nothing
 * is cached: the page and its script load first, then the query is submitted and timed alone.
 * Not a test: timings depend on the machine. With -Ddetail=true it also lists each file the query
 * fetched (bytes, start and end in ms after the submit) and the page's performance marks.
 */
public final class SearchBenchmark {
    private static final String SUBMIT_AND_MEASURE = """
            var done = arguments[arguments.length - 1];
            performance.clearMarks('arkiv-search-done');
            var before = performance.getEntriesByType('resource').length;
            var start = performance.now();
            document.getElementById('soeg-q').value = arguments[0];
            window.arkivSearch.search();
            (function wait() {
              var mark = performance.getEntriesByName('arkiv-search-done')[0];
              if (!mark) { return setTimeout(wait, 5); }
              var fetched = performance.getEntriesByType('resource').slice(before);
              var detail = fetched.map(function (r) {
                return r.name.replace(/^.*[/]soeg[/]/, '') + ' ' + r.transferSize + ' B '
                  + Math.round(r.startTime - start) + '-' + Math.round(r.responseEnd - start) + ' ms';
              }).concat(performance.getEntriesByType('mark').map(function (m) {
                return m.name + ' at ' + Math.round(m.startTime - start) + ' ms';
              }));
              done({detail: detail, ms: mark.startTime - start, bytes: fetched.reduce(function (s, r) { return s + r.transferSize; }, 0),
                    files: fetched.length, results: document.getElementById('soeg-status').textContent});
            })();
            """;

    private SearchBenchmark() {
    }

    /** Arguments: the built site's directory, then the queries. */
    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        List<String> queries = List.of(args).subList(1, args.length);
        try (StaticServer server = new StaticServer(site)) {
            for (String query : queries) {
                Path profile = Files.createTempDirectory("arkiv-bench");
                ChromeDriver driver = Chromium.start(profile);
                try {
                    driver.get(server.baseUrl() + "soeg/index.html");
                    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> driver.executeScript(
                            "return window.arkivSearch !== undefined") == Boolean.TRUE);
                    Number pageBytes = (Number) driver.executeScript("""
                            return performance.getEntriesByType('navigation')[0].transferSize
                              + performance.getEntriesByType('resource').reduce(function (s, r) { return s + r.transferSize; }, 0)""");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> run = (Map<String, Object>) driver.executeAsyncScript(SUBMIT_AND_MEASURE, query);
                    long queryBytes = ((Number) run.get("bytes")).longValue();
                    System.out.printf("%-24s %6.0f ms  query %7.1f kB in %2d files  + page %5.1f kB = %7.1f kB  %s%n",
                            "\"" + query + "\"", ((Number) run.get("ms")).doubleValue(), queryBytes / 1000.0,
                            ((Number) run.get("files")).intValue(), pageBytes.longValue() / 1000.0,
                            (queryBytes + pageBytes.longValue()) / 1000.0, run.get("results"));
                    if (Boolean.getBoolean("detail")) {
                        ((List<?>) run.get("detail")).forEach(line -> System.out.println("    " + line));
                    }
                } finally {
                    driver.quit();
                }
            }
        }
    }
}
