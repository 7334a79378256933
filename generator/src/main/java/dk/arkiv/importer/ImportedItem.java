package dk.arkiv.importer;

import java.util.List;
import java.util.Optional;

/**
 * A case item (punkt) as the document prints it.
 *
 * @param number the document's own number, "3.7", "5" or "715"
 * @param introduction Markdown between the title and the first section
 * @param closed a closed item (lukket punkt): its text is not imported at all
 */
public record ImportedItem(String number, String title, Optional<String> initials, Optional<String> sag,
                           List<String> topics, List<ImportedAttachment> attachments, boolean closed,
                           String introduction, List<ImportedSection> sections) {
    public ImportedItem {
        topics = List.copyOf(topics);
        attachments = List.copyOf(attachments);
        sections = List.copyOf(sections);
    }

    ImportedItem withTopics(List<String> newTopics) {
        return new ImportedItem(number, title, initials, sag, newTopics, attachments, closed, introduction, sections);
    }

    ImportedItem withSag(Optional<String> newSag) {
        return new ImportedItem(number, title, initials, newSag, topics, attachments, closed, introduction, sections);
    }
}
