package dk.arkiv.link;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a reference points to in the archive, seen from the meeting whose text holds it.
 *
 * @param meeting the meeting referred to (for an item reference, the item's meeting)
 * @param item the item referred to, for item references
 */
public record ReferenceTarget(PublishedMeeting meeting, Optional<PublishedItem> item) {

    /**
     * The target of a reference in the text of {@code context}'s meeting; empty when the target is
     * not in the archive, or is that meeting itself ("dagsordenen for mødet den 6. september").
     */
    public static Optional<ReferenceTarget> of(Reference reference, PublishedMeeting context, LinkedArchive archive) {
        if (reference.itemNumber().isPresent()) {
            return archive.item(context, reference.itemNumber().get())
                    .map(item -> new ReferenceTarget(context, Optional.of(item)));
        }
        LocalDate date = reference.date().orElseThrow();
        String council = reference.councilId().orElse(context.council().id());
        return archive.meeting(council, date)
                .filter(meeting -> !meeting.key().equals(context.key()))
                .map(meeting -> new ReferenceTarget(meeting, Optional.empty()));
    }

    /** Whether the reference names the very meeting it is written in: resolved, but not worth a link. */
    public static boolean isSelf(Reference reference, PublishedMeeting context) {
        return reference.itemNumber().isEmpty()
                && reference.councilId().orElse(context.council().id()).equals(context.council().id())
                && reference.date().orElseThrow().equals(context.meeting().date());
    }
}
