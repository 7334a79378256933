package dk.arkiv.link;

import java.util.Optional;

/**
 * A person at one meeting, with party and municipality as the document gives them.
 *
 * @param substituteFor the id of the person stood in for
 */
public record Appearance(PublishedMeeting meeting, Presence presence, String party, String municipality,
                         Optional<String> substituteFor) {
}
