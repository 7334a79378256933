package dk.arkiv.site;

/** A link on a page: where it goes (a site path) and what it says. */
public record Link(String path, String label) {
}
