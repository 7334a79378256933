package dk.arkiv.model;

import java.util.List;
import java.util.Optional;

/**
 * A case item (punkt) of a meeting.
 *
 * @param number the number as printed, e.g. "3.7"
 * @param topics topic ids given explicitly in the front matter
 * @param initials the case worker's initials
 * @param sag the item's own case-file number, when it differs from the meeting's
 * @param closed a closed item (lukket punkt): only number and title are public
 * @param sameAs explicit references to the same matter elsewhere, "council/date/number"
 * @param introduction Markdown between the item's heading and its first section
 * @param line the line of the item's heading in its file
 */
public record Item(String number, String title, List<String> topics, Optional<String> initials,
                   Optional<String> sag, List<Attachment> attachments, boolean closed, List<String> sameAs,
                   String introduction, List<Section> sections, int line) {
    public Item {
        topics = List.copyOf(topics);
        attachments = List.copyOf(attachments);
        sameAs = List.copyOf(sameAs);
        sections = List.copyOf(sections);
    }

    public Optional<Section> decision() {
        return sections.stream().filter(Section::isDecision).findFirst();
    }
}
