package dk.arkiv.importer;

/** A section of an item (Baggrund, Indstilling, Beslutning, ...) with its Markdown text. */
public record ImportedSection(String heading, String markdown) {

    boolean isDecision() {
        return heading.equalsIgnoreCase("beslutning") || heading.equalsIgnoreCase("beslutninger");
    }
}
