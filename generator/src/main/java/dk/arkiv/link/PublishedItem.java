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
}
