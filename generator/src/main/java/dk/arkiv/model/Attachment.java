package dk.arkiv.model;

import java.util.Optional;

/**
 * An attachment (bilag) to an item: a file in content/, a web address, or only a title
 * when the document names an attachment that the archive does not hold.
 */
public record Attachment(String title, Optional<String> file, Optional<String> url) {
}
