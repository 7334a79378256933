package dk.arkiv.model;

import java.util.Optional;

/**
 * An attachment (bilag) to an item: a file in content/, a web address, or only a title
 * when the document names an attachment that the archive does not hold.
 *
 * @param text the Markdown body when the file is an attachment document ({@code .md}), shown as a page
 */
public record Attachment(String title, Optional<String> file, Optional<String> url, Optional<String> text) {

    public Attachment(String title, Optional<String> file, Optional<String> url) {
        this(title, file, url, Optional.empty());
    }

    /** An attachment document is Markdown text the archive shows as a page of its own. */
    public static boolean isDocument(String file) {
        return file.endsWith(".md");
    }
}
