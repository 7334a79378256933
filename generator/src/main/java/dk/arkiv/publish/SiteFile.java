package dk.arkiv.publish;

/** A file of the site that is not a page: its site path and its bytes. */
public record SiteFile(String path, byte[] bytes) {
}
