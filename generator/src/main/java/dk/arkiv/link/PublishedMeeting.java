package dk.arkiv.link;

import dk.arkiv.model.Council;
import dk.arkiv.model.Meeting;
import java.util.Optional;

/**
 * A meeting as the site shows it: the minutes when they exist, else the agenda, and the agenda
 * beside the minutes when both exist.
 *
 * @param key "council/date", unique per meeting
 */
public record PublishedMeeting(String key, Council council, Meeting meeting, Optional<Meeting> agenda) {

    /** Meetings are the same when their keys are: comparing whole documents would be slow and say nothing more. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PublishedMeeting m && m.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }
}
