package dk.arkiv.model;

import java.util.List;

/**
 * A topic (emne) that items across councils belong to.
 *
 * @param match phrases that tag an item automatically when its title or text contains them
 * @param related ids of related topics
 * @param description Markdown describing the topic
 */
public record Topic(String id, String title, List<String> match, List<String> related, String description) {
    public Topic {
        match = List.copyOf(match);
        related = List.copyOf(related);
    }
}
