package dk.arkiv.site;

import java.util.Optional;

/**
 * Markdown text from the content, handed to templates; the render stage turns it into sanitised
 * HTML where the template shows it.
 *
 * @param meetingKey the meeting whose text this is ("council/date"), so that references such as
 *                   "jf. punkt 3.1" can be resolved; empty for text outside meetings
 * @param repeated   shown on many pages (a decision: on its meeting, item, topics and the same
 *                   matter elsewhere), so its HTML is worth keeping for the whole build
 */
public record Markdown(String source, Optional<String> meetingKey, boolean repeated) {

    public static Markdown of(String source) {
        return new Markdown(source, Optional.empty(), false);
    }

    public static Markdown inMeeting(String source, String meetingKey) {
        return new Markdown(source, Optional.of(meetingKey), false);
    }

    /** A decision, which many pages show. */
    public static Markdown decision(String source, String meetingKey) {
        return new Markdown(source, Optional.of(meetingKey), true);
    }

    public boolean isEmpty() {
        return source.isBlank();
    }
}
