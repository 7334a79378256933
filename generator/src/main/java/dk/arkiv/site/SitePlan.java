package dk.arkiv.site;

import java.util.List;

/**
 * Everything the site consists of: the pages to render and the content files (attachments) to
 * publish as they are.
 *
 * @param files site path to the path of the file inside content/
 */
public record SitePlan(List<Page> pages, List<PublishedFile> files) {

    /** A file copied from content/ into the site unchanged. */
    public record PublishedFile(String sitePath, String contentPath) {
    }
}
