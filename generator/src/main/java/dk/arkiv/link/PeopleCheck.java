package dk.arkiv.link;

import dk.arkiv.model.Archive;
import dk.arkiv.model.Attendance;
import dk.arkiv.model.Meeting;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names that point to nobody: a substitute stands in for a member who is never listed in any
 * meeting (nor in people.yaml). Usually a spelling variant, so the closest known name is offered.
 */
public final class PeopleCheck {

    /**
     * @param source the meeting file, relative to the content directory
     * @param closest the known name most like it, with the number of meetings that name appears in
     */
    public record UnknownName(String source, String name, Optional<String> closest, int closestMeetings) {
    }

    public static List<UnknownName> unknownSubstitutes(Archive archive) {
        PersonDirectory directory = new PersonDirectory(archive.people());
        Map<String, Integer> meetingsByName = new HashMap<>();
        for (Meeting meeting : archive.meetings()) {
            meeting.attendees().forEach(a -> meetingsByName.merge(directory.canonicalName(a.name()), 1, Integer::sum));
            meeting.absent().forEach(a -> meetingsByName.merge(directory.canonicalName(a.name()), 1, Integer::sum));
        }
        return archive.meetings().stream()
                .flatMap(meeting -> meeting.attendees().stream()
                        .map(Attendance::substituteFor)
                        .flatMap(Optional::stream)
                        .filter(name -> !meetingsByName.containsKey(directory.canonicalName(name)))
                        .map(name -> {
                            Optional<String> closest = closest(name, meetingsByName.keySet());
                            return new UnknownName(meeting.source(), name, closest,
                                    closest.map(meetingsByName::get).orElse(0));
                        }))
                .toList();
    }

    /** The known name sharing the most words with the name, last name first. */
    private static Optional<String> closest(String name, java.util.Collection<String> known) {
        List<String> words = TopicMatcher.words(name);
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        return known.stream()
                .filter(k -> {
                    List<String> kw = TopicMatcher.words(k);
                    return !kw.isEmpty() && kw.get(kw.size() - 1).equals(last) && kw.containsAll(words);
                })
                .min(Comparator.comparingInt(String::length).thenComparing(k -> k));
    }

    private PeopleCheck() {
    }
}
