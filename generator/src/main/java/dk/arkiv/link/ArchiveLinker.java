package dk.arkiv.link;

import dk.arkiv.model.Archive;
import dk.arkiv.model.Attendance;
import dk.arkiv.model.Council;
import dk.arkiv.model.Item;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.MeetingKind;
import dk.arkiv.model.Section;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The link stage: from the loaded archive to the public, cross-referenced archive. Every index is
 * built in one pass over the meetings, so linking grows linearly with the archive.
 */
public final class ArchiveLinker {
    private final LinkCache cache;

    public ArchiveLinker() {
        this(LinkCache.none());
    }

    /** A linker that reuses what an earlier link found in texts that have not changed. */
    public ArchiveLinker(LinkCache cache) {
        this.cache = cache;
    }

    public LinkedArchive link(Archive loaded, LocalDateTime now) {
        Archive archive = Publication.publicPart(loaded, now, cache);
        cache.startLink(archive.topics(), archive.councils());
        Map<String, Council> councils = archive.councils().stream()
                .collect(Collectors.toMap(Council::id, Function.identity()));

        List<PublishedMeeting> meetings = cache.published(publishedMeetings(archive, councils));
        Map<String, List<PublishedMeeting>> byCouncil = new HashMap<>();
        for (PublishedMeeting meeting : meetings) {
            byCouncil.computeIfAbsent(meeting.council().id(), k -> new ArrayList<>()).add(meeting);
        }
        // Sorted once at the end: a sorted map compares keys on every one of thousands of insertions.
        byCouncil = new TreeMap<>(byCouncil);
        Map<String, PublishedMeeting> previous = new HashMap<>();
        Map<String, PublishedMeeting> next = new HashMap<>();
        byCouncil.values().forEach(list -> {
            for (int i = 1; i < list.size(); i++) {
                previous.put(list.get(i).key(), list.get(i - 1));
                next.put(list.get(i - 1).key(), list.get(i));
            }
        });

        TopicMatcher matcher = new TopicMatcher(archive.topics());
        List<List<List<String>>> topicsOfItems = cache.topicsOf(meetings,
                meeting -> meeting.meeting().items().stream().map(item -> topics(item, matcher)).toList());
        List<List<PublishedItem>> itemsPerMeeting = cache.itemsOf(meetings, i -> publishedItems(meetings.get(i),
                topicsOfItems.get(i)));
        ItemIndex.Items items = cache.itemIndex(meetings, itemsPerMeeting);
        Map<String, List<PublishedItem>> itemsByMeeting = items.byMeeting();
        Map<String, List<PublishedItem>> itemsByTopic = items.byTopic();

        Map<String, PublishedMeeting> meetingsByKey = new HashMap<>(meetings.size() * 2);
        meetings.forEach(m -> meetingsByKey.put(m.key(), m));
        Function<String, PublishedItem> itemByKey = key -> LinkedArchive.itemByKey(itemsByMeeting, key);
        SameMatter.Groups sameMatter = cache.sameMatter(meetings, meeting -> itemsByMeeting.getOrDefault(meeting.key(),
                List.of()).stream().map(item -> SameMatter.Facts.of(item, matcher)).toList());

        PersonDirectory directory = cache.directory(archive.people());
        List<Person> people = cache.people(cache.attendingOf(meetings, i -> attending(directory, meetings.get(i))));
        Map<String, Person> peopleById = people.stream()
                .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Municipality> municipalities = archive.councils().stream()
                .flatMap(c -> c.municipalities().stream().map(m -> new Municipality(Slugs.of(m), m, c.id())))
                .sorted(Comparator.comparing(Municipality::id))
                .toList();
        LinkedArchive linked = new LinkedArchive(archive, meetings, byCouncil, meetingsByKey, itemsByMeeting,
                itemsByTopic, new ItemGroups(sameMatter.acrossCouncils(), itemByKey),
                new ItemGroups(sameMatter.overTime(), itemByKey), people, peopleById,
                municipalities, previous, next, List.of(), Map.of());
        return withReferences(linked);
    }

    private static List<PublishedItem> publishedItems(PublishedMeeting meeting, List<List<String>> topicsOfItems) {
        List<Item> items = meeting.meeting().items();
        List<PublishedItem> published = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            published.add(new PublishedItem(meeting, items.get(i), topicsOfItems.get(i)));
        }
        return List.copyOf(published);
    }

    /**
     * Lists the in-text references whose targets are not in the archive, with their lines, and the
     * meetings each meeting's texts name.
     */
    private LinkedArchive withReferences(LinkedArchive linked) {
        ReferenceRecogniser recogniser = new ReferenceRecogniser(linked.councils());
        Map<String, List<List<List<Reference>>>> references = cache.referencesOf(linked.meetings(), meeting -> meeting
                .meeting().items().stream().map(item -> item.sections().stream().map(s -> recogniser.find(s.markdown()))
                        .toList()).toList());
        List<PublishedMeeting> meetings = linked.meetings();
        List<Set<String>> named = cache.namedMeetingsOf(meetings,
                i -> namedMeetings(meetings.get(i), references.get(meetings.get(i).key()), recogniser));
        Map<String, Set<String>> namedByKey = new HashMap<>(meetings.size() * 2);
        for (int i = 0; i < meetings.size(); i++) {
            if (!named.get(i).isEmpty()) {
                namedByKey.put(meetings.get(i).key(), named.get(i));
            }
        }
        // Whether a reference points to nothing changes only in the texts naming a meeting added or removed.
        Set<String> addedOrRemoved = cache.meetingsAddedOrRemoved();
        if (!addedOrRemoved.isEmpty()) {
            cache.forgetUnresolvedIn(LinkedArchive.meetingsNaming(namedByKey, addedOrRemoved));
        }
        List<UnresolvedReference> unresolved = cache.unresolvedIn(linked.meetings(), meeting -> {
            List<PublishedItem> items = linked.itemsOf(meeting);
            List<List<List<Reference>>> inItems = references.get(meeting.key());
            List<UnresolvedReference> found = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                found.addAll(unresolvedIn(items.get(i), inItems.get(i), linked));
            }
            return found;
        });
        return new LinkedArchive(linked.archive(), meetings, linked.meetingsByCouncil(), linked.meetingsByKey(),
                linked.itemsByMeeting(), linked.itemsByTopic(),
                linked.sameMatterAcrossCouncils(), linked.occurrences(), linked.people(), linked.peopleById(),
                linked.municipalities(), linked.previousByKey(), linked.nextByKey(), List.copyOf(unresolved), namedByKey);
    }

    /**
     * The keys of the other meetings that the meeting's texts name: those of its items' sections,
     * found already, and those of every other text its pages link (introductions, attachment
     * documents, the agenda beside the minutes).
     */
    private static Set<String> namedMeetings(PublishedMeeting meeting, List<List<List<Reference>>> inSections,
                                             ReferenceRecogniser recogniser) {
        Set<String> named = new TreeSet<>();
        String council = meeting.council().id();
        inSections.forEach(item -> item.forEach(section -> addNamed(section, council, named)));
        List<String> otherTexts = new ArrayList<>();
        for (Item item : meeting.meeting().items()) {
            otherTexts.add(item.introduction());
            item.attachments().forEach(a -> a.text().ifPresent(otherTexts::add));
        }
        meeting.agenda().ifPresent(agenda -> agenda.items().forEach(item -> {
            otherTexts.add(item.introduction());
            item.sections().forEach(s -> otherTexts.add(s.markdown()));
            item.attachments().forEach(a -> a.text().ifPresent(otherTexts::add));
        }));
        for (String text : otherTexts) {
            if (!text.isEmpty()) {
                addNamed(recogniser.find(text), council, named);
            }
        }
        named.remove(meeting.key());
        return named.isEmpty() ? Set.of() : Collections.unmodifiableSet(named);
    }

    private static void addNamed(List<Reference> references, String council, Set<String> named) {
        for (Reference reference : references) {
            reference.date().ifPresent(date -> named.add(reference.councilId().orElse(council) + "/" + date));
        }
    }

    /**
     * One entry per council and date, in the order of their keys: the minutes, with the agenda
     * beside them when both exist.
     */
    private static List<PublishedMeeting> publishedMeetings(Archive archive, Map<String, Council> councils) {
        Map<String, List<Meeting>> byKey = byKey(archive.meetings());
        List<PublishedMeeting> out = new ArrayList<>(byKey.size());
        byKey.forEach((key, documents) -> {
            Optional<Meeting> minutes = documents.stream().filter(m -> m.kind() == MeetingKind.MINUTES).findFirst();
            Optional<Meeting> agenda = documents.stream().filter(m -> m.kind() == MeetingKind.AGENDA).findFirst();
            Meeting shown = minutes.orElseGet(agenda::orElseThrow);
            out.add(new PublishedMeeting(key, councils.get(shown.councilId()), shown,
                    minutes.isPresent() ? agenda : Optional.empty()));
        });
        return out;
    }

    /**
     * The documents grouped by key, in the order of the keys. Loading sorts meetings by council and
     * date, which is the keys' order unless one council's id begins another's: then they are sorted.
     */
    private static Map<String, List<Meeting>> byKey(List<Meeting> meetings) {
        Map<String, List<Meeting>> byKey = new LinkedHashMap<>(meetings.size() * 2);
        String last = null;
        for (Meeting meeting : meetings) {
            String key = meeting.key();
            if (last != null && last.compareTo(key) > 0) {
                return groupedAndSorted(meetings);
            }
            byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(meeting);
            last = key;
        }
        return byKey;
    }

    private static Map<String, List<Meeting>> groupedAndSorted(List<Meeting> meetings) {
        Map<String, List<Meeting>> byKey = new TreeMap<>();
        for (Meeting meeting : meetings) {
            byKey.computeIfAbsent(meeting.key(), k -> new ArrayList<>(2)).add(meeting);
        }
        return byKey;
    }

    /** Explicit topics, and those whose phrases occur in the title or (unless closed) the text. */
    private static List<String> topics(Item item, TopicMatcher matcher) {
        Set<String> topics = new TreeSet<>(item.topics());
        List<String> texts = new ArrayList<>(2 + 2 * item.sections().size());
        texts.add(item.title());
        if (!item.closed()) {
            texts.add(item.introduction());
            for (Section section : item.sections()) {
                texts.add(section.heading());
                texts.add(section.markdown());
            }
        }
        topics.addAll(matcher.topicsIn(texts));
        return List.copyOf(topics);
    }

    /** @param references the references in each of the item's sections */
    private static List<UnresolvedReference> unresolvedIn(PublishedItem item, List<List<Reference>> references,
                                                          LinkedArchive linked) {
        List<UnresolvedReference> unresolved = new ArrayList<>();
        PublishedMeeting meeting = item.meeting();
        for (int i = 0; i < references.size(); i++) {
            Section section = item.item().sections().get(i);
            String text = section.markdown();
            for (Reference reference : references.get(i)) {
                if (ReferenceTarget.of(reference, meeting, linked).isEmpty() && !ReferenceTarget.isSelf(reference, meeting)) {
                    int lineInText = (int) text.substring(0, reference.start()).chars().filter(c -> c == '\n').count();
                    int column = reference.start() - text.lastIndexOf('\n', reference.start() - 1);
                    unresolved.add(new UnresolvedReference(meeting.meeting().source(), section.textLine() + lineInText,
                            column, text.substring(reference.start(), reference.end())));
                }
            }
        }
        return unresolved;
    }

    /** A name as written at one meeting, resolved to a person. */
    record Attending(String id, String name, Appearance appearance) {
    }

    /** Who the meeting's document says attended or sent apologies; nobody when it does not record it. */
    private static List<Attending> attending(PersonDirectory directory, PublishedMeeting published) {
        Meeting meeting = published.meeting();
        if (!meeting.attendanceRecorded()) {
            return List.of();
        }
        List<Attending> attending = new ArrayList<>(meeting.attendees().size() + meeting.absent().size());
        meeting.attendees().forEach(a -> attending.add(attending(directory, published, a, Presence.PRESENT)));
        meeting.absent().forEach(a -> attending.add(attending(directory, published, a, Presence.ABSENT)));
        return attending;
    }

    private static Attending attending(PersonDirectory directory, PublishedMeeting meeting, Attendance a,
                                       Presence presence) {
        return new Attending(directory.idOf(a.name()), directory.canonicalName(a.name()), new Appearance(meeting,
                presence, a.party(), a.municipality(), a.substituteFor().map(directory::idOf)));
    }
}
