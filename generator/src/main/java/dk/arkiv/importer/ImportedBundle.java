package dk.arkiv.importer;

import java.time.LocalDate;
import java.util.List;

/**
 * An attachment bundle (bilagsmappe): the attachments of a meeting's items, each with its text.
 *
 * @param attachments in the bundle's order
 */
public record ImportedBundle(String council, LocalDate date, List<Attachment> attachments) {
    public ImportedBundle {
        attachments = List.copyOf(attachments);
    }

    /**
     * One attachment (bilag) of an item.
     *
     * @param item the item's number, "3.1"
     * @param number the attachment's number within the item, from 1
     * @param markdown its text
     */
    public record Attachment(String item, int number, String itemTitle, String title, String markdown) {
    }
}
