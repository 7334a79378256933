package dk.arkiv.site;

/**
 * Markdown text from the content, handed to templates; the render stage turns it into sanitised
 * HTML where the template shows it.
 */
public record Markdown(String source) {
    public boolean isEmpty() {
        return source.isBlank();
    }
}
