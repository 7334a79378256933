package dk.arkiv;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks that every internal link and asset reference of a built site resolves to a file (and id). */
public final class LinkChecker {
    private final Path site;
    private final String hostPath;
    private final Map<Path, Set<String>> idsByPage = new HashMap<>();

    /**
     * @param hostPath where the site lives on its host ("/" or "/arkiv/"): host-absolute links, which
     *                 only the 404 page may use, resolve from there
     */
    public LinkChecker(Path site, String hostPath) {
        this.site = site;
        this.hostPath = hostPath;
    }

    /** Every broken reference as "page: href (why)". */
    public List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : htmlFiles()) {
            Document document = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element element : document.select("a[href], link[href], script[src], img[src]")) {
                String href = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                check(page, href).ifPresent(why -> broken.add(site.relativize(page) + ": " + href + " (" + why + ")"));
            }
        }
        return broken;
    }

    public List<Path> htmlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private java.util.Optional<String> check(Path page, String href) throws IOException {
        if (href.isEmpty()) {
            return java.util.Optional.of("empty link");
        }
        if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")
                    || href.startsWith("tel:") ? java.util.Optional.empty()
                    : java.util.Optional.of("unexpected scheme");
        }
        if (href.startsWith("/")) {
            if (!page.getFileName().toString().equals("404.html")) {
                return java.util.Optional.of("host-absolute links break under a sub-path");
            }
            if (!href.startsWith(hostPath)) {
                return java.util.Optional.of("outside the site's path " + hostPath);
            }
            String inSite = href.substring(hostPath.length());
            return check(site.resolve("index.html"), inSite.isEmpty() ? "./" : inSite);
        }
        String fragment = null;
        String path = href;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        Path target = path.isEmpty() ? page : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8))
                .normalize();
        if (!target.startsWith(site)) {
            return java.util.Optional.of("outside the site");
        }
        if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
        }
        if (!Files.isRegularFile(target)) {
            return java.util.Optional.of("no such file");
        }
        if (fragment != null && !fragment.isEmpty() && target.toString().endsWith(".html")
                && !ids(target).contains(fragment)) {
            return java.util.Optional.of("no element with id '" + fragment + "'");
        }
        return java.util.Optional.empty();
    }

    private Set<String> ids(Path page) throws IOException {
        Set<String> ids = idsByPage.get(page);
        if (ids == null) {
            ids = new HashSet<>();
            for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("[id]")) {
                ids.add(e.id());
            }
            idsByPage.put(page, ids);
        }
        return ids;
    }
}
