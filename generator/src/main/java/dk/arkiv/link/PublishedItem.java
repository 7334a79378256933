package dk.arkiv.link;

import dk.arkiv.model.Item;
import java.util.List;

/**
 * An item of a published meeting with the topics it belongs to.
 *
 * @param topics topic ids, explicit and found by match phrases, sorted
 */
public record PublishedItem(PublishedMeeting meeting, Item item, List<String> topics) {
    public PublishedItem {
        topics = List.copyOf(topics);
    }

    /** Items are the same when their meeting and number are: a meeting numbers its items uniquely. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedItem i && i.meeting.equals(meeting) && i.item.number().equals(item.number());
    }

    @Override
    public int hashCode() {
        return meeting.hashCode() * 31 + item.number().hashCode();
    }
}
