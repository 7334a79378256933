package dk.arkiv.model;

/**
 * A section of an item (Baggrund, Indstilling, Sagsfremstilling, Beslutning, ...).
 *
 * @param markdown the section's text as written
 * @param line the line of the section's heading in its file
 * @param textLine the line where the section's text starts
 */
public record Section(String heading, String markdown, int line, int textLine) {

    /** The decision (beslutning) of an item in the minutes. */
    public boolean isDecision() {
        return heading.equalsIgnoreCase("beslutning") || heading.equalsIgnoreCase("beslutninger");
    }
}
