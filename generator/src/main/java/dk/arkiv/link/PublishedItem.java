package dk.arkiv.link;

import dk.arkiv.model.Item;
import java.util.List;

/**
 * An item of a published meeting with the topics it belongs to.
 *
 * @param topics topic ids, explicit and found by match phrases, sorted
 * @param key "council/date/number", unique per item
 */
public record PublishedItem(PublishedMeeting meeting, Item item, List<String> topics, String key) {
    public PublishedItem {
        topics = List.copyOf(topics);
        // Always made from the other fields, whatever is passed: the indexes and every page that
        // links an item ask for it, and the preview server indexes the whole archive on every save.
        key = meeting.key() + "/" + item.number();
    }

    public PublishedItem(PublishedMeeting meeting, Item item, List<String> topics) {
        this(meeting, item, topics, null);
    }

    /** Items are the same when their meeting and number are: a meeting numbers its items uniquely. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedItem i && i.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
