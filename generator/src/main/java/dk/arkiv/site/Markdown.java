package dk.arkiv.site;

import java.util.Optional;

/**
 * Markdown text from the content, handed to templates; the render stage turns it into sanitised
 * HTML where the template shows it.
 *
 * @param meetingKey the meeting whose text this is ("council/date"), so that references such as
 *                   "jf. punkt 3.1" can be resolved; empty for text outside meetings
 */
public record Markdown(String source, Optional<String> meetingKey) {

    public static Markdown of(String source) {
        return new Markdown(source, Optional.empty());
    }

    public static Markdown inMeeting(String source, String meetingKey) {
        return new Markdown(source, Optional.of(meetingKey));
    }

    public boolean isEmpty() {
        return source.isBlank();
    }
}
