package dk.arkiv.site;

/** A section of an item; {@code decision} marks the Beslutning, which the page sets apart. */
public record SectionView(String heading, String id, Markdown body, boolean decision) {
}
