package dk.arkiv.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dk.arkiv.Arkiv;
import dk.arkiv.BuildResult;
import dk.arkiv.LinkChecker;
import dk.arkiv.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Script injection through content: filter-evasion vectors in Markdown and in YAML strings are
 * built into a site, and no page may carry anything that runs or restyles.
 */
class HostileContentTest {
    /** Vectors in the style of OWASP's XSS filter evasion cheat sheet, one per item. */
    static final List<String> MARKDOWN_VECTORS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//xss.test/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
            "<a href=\"jav\tascript:alert(1)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
            "<a href=\"  javascript:alert(1)\">x</a>",
            "[x](javascript:alert(1))",
            "[x](JAVASCRIPT:alert(1))",
            "[x](<javascript:alert(1)>)",
            "![x](javascript:alert(1))",
            "<javascript:alert(1)>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[x](vbscript:msgbox(1))",
            "<iframe src=\"https://evil.test\"></iframe>",
            "<object data=\"x\"></object>",
            "<embed src=\"x\">",
            "<form action=\"https://evil.test\"><input name=a><button>Send</button></form>",
            "<base href=\"https://evil.test/\">",
            "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.test\">",
            "<svg onload=alert(1)><script>alert(1)</script></svg>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<p style=\"position:fixed;top:0;left:0;width:100%\">overlay</p>",
            "<b onmouseover=alert(1)>x</b>",
            "<scr<script>ipt>alert(1)</script>",
            "<img src=\"x\" onerror=\"alert(1)\"",
            "<IMG SRC=`javascript:alert(1)`>",
            "<body onload=alert(1)>",
            "<link rel=stylesheet href=https://evil.test/x.css>",
            "<style>body{display:none}</style>",
            "[x](arkiv:/../../etc/passwd)",
            "<details open ontoggle=alert(1)>x</details>",
            "<video><source onerror=alert(1)></video>",
            "<<script>script>alert(1)//<</script>",
            "<a href=\"x\" onclick=\"alert(1)\">x</a>",
            "<table><tr><td background=\"javascript:alert(1)\">x</td></tr></table>",
            "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>");

    static final List<String> YAML_VECTORS = List.of(
            "\"<script>alert(1)</script>\"",
            "\"\\\" onmouseover=\\\"alert(1)\"",
            "\"<img src=x onerror=alert(1)>\"",
            "\"</title><script>alert(1)</script>\"");

    @TempDir
    static Path dir;
    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws IOException {
        Path content = TestSites.minimalContent(dir);
        StringBuilder items = new StringBuilder();
        StringBuilder body = new StringBuilder("\n# 1. Punkter\n\n");
        for (int i = 0; i < MARKDOWN_VECTORS.size(); i++) {
            String number = "1." + (i + 1);
            String title = i < YAML_VECTORS.size() ? YAML_VECTORS.get(i) : "Punkt " + number;
            items.append("  - number: \"").append(number).append("\"\n    title: ").append(title).append('\n');
            body.append("## ").append(number).append(". Punkt\n\n### Baggrund\n\n").append(MARKDOWN_VECTORS.get(i))
                    .append("\n\n### Beslutning\n\nGodkendt. ").append(MARKDOWN_VECTORS.get(i)).append("\n\n");
        }
        String meeting = ("---\ncouncil: nordjylland\nkind: referat\ndate: 2024-09-20\nplace: %s\n"
                + "guests:\n  - {name: %s, title: %s, organisation: KL}\nitems:\n%s---\n%s")
                .formatted(YAML_VECTORS.get(1), YAML_VECTORS.get(2), YAML_VECTORS.get(3), items, body);
        TestSites.write(content.resolve("meetings/nordjylland/2024-09-20.md"), meeting);
        site = dir.resolve("site");
        result = new Arkiv().build(TestSites.request(content, site));
    }

    @Test
    void theHostileArchiveBuilds() {
        assertThat(result.diagnostics()).filteredOn(d -> d.isError()).isEmpty();
        assertThat(MARKDOWN_VECTORS.size() + YAML_VECTORS.size()).isEqualTo(44);
    }

    @Test
    void noPageCarriesAnythingThatRunsOrRestyles() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path page : new LinkChecker(site, "/").htmlFiles()) {
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            String name = site.relativize(page).toString();
            for (Element script : document.select("script")) {
                if (!script.attr("type").equals("application/ld+json") && !script.attr("src").startsWith("../")
                        && !script.attr("src").startsWith("assets/")) {
                    problems.add(name + ": " + script.outerHtml());
                }
            }
            for (Element element : document.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                        problems.add(name + ": event handler " + element.outerHtml());
                    }
                }
            }
            for (Element link : document.select("[href], [src], [action], [background]")) {
                for (String key : List.of("href", "src", "action", "background")) {
                    String value = link.attr(key).replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    if (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:")
                            || value.startsWith("arkiv:") || value.contains("evil.test")) {
                        problems.add(name + ": " + link.outerHtml());
                    }
                }
            }
            document.select("main iframe, main object, main embed, main form, main input, base, body meta, main svg,"
                    + " main math, main style, body link, main [style], main img, main video")
                    .stream()
                    // The search page's own form comes from its template, never from content.
                    .filter(e -> !(name.startsWith("soeg") && e.closest("form#soegeformular") != null))
                    .forEach(e -> problems.add(name + ": " + e.outerHtml()));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void yamlStringsAreShownAsTextNotMarkup() throws IOException {
        Document meeting = Jsoup.parse(site.resolve("nordjylland/2024-09-20/index.html").toFile(), "UTF-8");
        assertThat(meeting.select(".agenda .item-title").first().text()).contains("<script>alert(1)</script>");
        assertThat(meeting.select(".facts").text()).contains("\" onmouseover=\"alert(1)");
        assertThat(meeting.select(".guests").text()).contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void harmlessMarkupInTheTextSurvives() throws IOException {
        String page = Files.readString(site.resolve("nordjylland/2024-09-20/1-27/index.html"));
        assertThat(Jsoup.parse(page).select("main .section b").eachText()).containsExactly("x", "x");
    }
}
