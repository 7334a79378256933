package dk.arkiv.publish;

import dk.arkiv.site.Page;
import dk.arkiv.site.SiteConfig;
import dk.arkiv.site.SitePlan;
import dk.arkiv.site.Urls;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** sitemap.xml with the canonical address of every page, and robots.txt that names it. */
public final class Sitemap {
    private Sitemap() {
    }

    public static List<SiteFile> files(SitePlan plan, SiteConfig config) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page page : plan.pages()) {
            if (!page.path().equals(Urls.NOT_FOUND)) {
                xml.append("<url><loc>").append(escape(config.baseUrl() + page.path())).append("</loc></url>\n");
            }
        }
        xml.append("</urlset>\n");
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + config.baseUrl() + Urls.SITEMAP + "\n";
        return List.of(new SiteFile(Urls.SITEMAP, xml.toString().getBytes(StandardCharsets.UTF_8)),
                new SiteFile(Urls.ROBOTS, robots.getBytes(StandardCharsets.UTF_8)));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;");
    }
}
