package dk.arkiv.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups who attended each meeting into people, each with their appearances in the meetings'
 * order. The preview server groups the whole archive on every save, 150,000 appearances at 5,000
 * meetings, where a save changes the attendance of one meeting: when few meetings' lists are new,
 * the last grouping is patched, and only the people at those meetings are made again.
 */
final class PeopleGrouping {
    /** More changed meetings than this and grouping anew is as quick as patching. */
    private static final int MOST_PATCHED = 16;

    private List<List<ArchiveLinker.Attending>> lastPerMeeting = List.of();
    private Map<String, List<ArchiveLinker.Attending>> lastByPerson = Map.of();
    private Map<String, Person> lastPeople = Map.of();

    /**
     * The people, by name and id.
     *
     * @param perMeeting who attended each meeting, in the meetings' order (by key); a list that
     *        equals the last call's list at the same place is the same object
     */
    List<Person> group(List<List<ArchiveLinker.Attending>> perMeeting) {
        List<Integer> changed = new ArrayList<>();
        if (perMeeting.size() == lastPerMeeting.size()) {
            for (int i = 0; i < perMeeting.size() && changed.size() <= MOST_PATCHED; i++) {
                if (perMeeting.get(i) != lastPerMeeting.get(i)) {
                    changed.add(i);
                }
            }
        }
        Map<String, List<ArchiveLinker.Attending>> byPerson = perMeeting.size() == lastPerMeeting.size()
                && changed.size() <= MOST_PATCHED ? patched(perMeeting, changed) : grouped(perMeeting);
        Map<String, Person> people = new HashMap<>(byPerson.size() * 2);
        byPerson.forEach((id, attending) -> {
            Person last = lastPeople.get(id);
            people.put(id, last != null && lastByPerson.get(id) == attending ? last : person(id, attending));
        });
        lastPerMeeting = perMeeting;
        lastByPerson = byPerson;
        lastPeople = people;
        return people.values().stream()
                .sorted(Comparator.comparing(Person::name).thenComparing(Person::id))
                .toList();
    }

    private static Map<String, List<ArchiveLinker.Attending>> grouped(List<List<ArchiveLinker.Attending>> perMeeting) {
        Map<String, List<ArchiveLinker.Attending>> byPerson = new HashMap<>();
        for (List<ArchiveLinker.Attending> attending : perMeeting) {
            for (ArchiveLinker.Attending a : attending) {
                byPerson.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a);
            }
        }
        return byPerson;
    }

    /** The last grouping with the appearances at the changed meetings replaced; other people's lists are kept. */
    private Map<String, List<ArchiveLinker.Attending>> patched(List<List<ArchiveLinker.Attending>> perMeeting,
                                                               List<Integer> changed) {
        Set<String> changedMeetings = new HashSet<>();
        Set<String> affected = new HashSet<>();
        for (int i : changed) {
            for (List<ArchiveLinker.Attending> list : List.of(lastPerMeeting.get(i), perMeeting.get(i))) {
                for (ArchiveLinker.Attending a : list) {
                    changedMeetings.add(meetingOf(a));
                    affected.add(a.id());
                }
            }
        }
        Map<String, List<ArchiveLinker.Attending>> byPerson = new HashMap<>(lastByPerson);
        for (String id : affected) {
            List<ArchiveLinker.Attending> attending = new ArrayList<>(byPerson.getOrDefault(id, List.of()));
            attending.removeIf(a -> changedMeetings.contains(meetingOf(a)));
            for (int i : changed) {
                for (ArchiveLinker.Attending a : perMeeting.get(i)) {
                    if (a.id().equals(id)) {
                        attending.add(after(attending, meetingOf(a)), a);
                    }
                }
            }
            if (attending.isEmpty()) {
                byPerson.remove(id);
            } else {
                byPerson.put(id, attending);
            }
        }
        return byPerson;
    }

    /** The place after the appearances at meetings up to this one (meetings are in the order of their keys). */
    private static int after(List<ArchiveLinker.Attending> attending, String meeting) {
        int low = 0;
        int high = attending.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (meetingOf(attending.get(middle)).compareTo(meeting) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static String meetingOf(ArchiveLinker.Attending a) {
        return a.appearance().meeting().key();
    }

    /** A person's name is the first name as written that resolves to them. */
    private static Person person(String id, List<ArchiveLinker.Attending> attending) {
        return new Person(id, attending.get(0).name(), attending.stream().map(ArchiveLinker.Attending::appearance).toList());
    }
}
