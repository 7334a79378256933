package dk.arkiv.site;

import dk.arkiv.link.Appearance;
import dk.arkiv.link.LinkedArchive;
import dk.arkiv.link.Person;
import dk.arkiv.link.PersonDirectory;
import dk.arkiv.link.Presence;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.link.Slugs;
import dk.arkiv.model.Item;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.Section;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The pages that saving meeting files touches, for the preview server: those pages are planned
 * again and every other page is kept from the plan before. The home page, the index of topics,
 * search and the page not found are always planned again; they are small.
 *
 * <p>A changed meeting touches its own pages. For each of its items whose listing changed (number,
 * title, closed, topics, decision) or that names other items as the same matter (`same_as`)
 * otherwise, it touches the item's topics, the meetings holding the same matter and those with the
 * earlier and later occurrences of the item, before and after the change; all its items count when
 * items were added, removed or moved, or when what lists show of the meeting changed. When that changed
 * (its date, kind or whether it records attendance), it also touches the meetings before and after
 * it in its council (they show its date), its council's page, the list of all meetings, the people
 * who attended, and through them the councils, municipalities and parties they are listed under,
 * and the lists of people, municipalities and parties. When only who attended changed, it touches
 * the people whose attendance at the meeting is not what it was (present or absent, party,
 * municipality, whom they stood in for), the places they are listed under and the lists. When a
 * person's name changes, it touches the pages of those who stood in for that person. On a large archive those
 * lists are long (a party's page lists most meetings), and most saves change only the text of
 * items. A meeting added or removed (a new date is both) is a meeting listed otherwise; it also
 * touches, as if they changed, the meetings whose texts name it, since their links change: those
 * pages are rendered even where their model is unchanged. A change to anything else (councils,
 * topics, parties, people.yaml, site.yaml), or a meeting made public by the passing of time, can
 * touch any page: then everything is planned.
 */
public final class PlanScope {
    private static final Set<String> LISTS = Set.of(Urls.HOME, Urls.SEARCH, Urls.NOT_FOUND, Urls.TOPICS);
    /** Lists of people, with what each attended; they show nothing else of a meeting. */
    private static final Set<String> LISTS_OF_PEOPLE = Set.of(Urls.PEOPLE, Urls.MUNICIPALITIES, Urls.PARTIES);
    /** Everything is planned. */
    public static final PlanScope EVERYTHING = new PlanScope(true, List.of());

    private final boolean everything;
    /** The keys of the changed meetings that lists show otherwise (see {@link #listedAlike}). */
    private final Set<String> listedOtherwise = new HashSet<>();
    /** The keys of the other changed meetings whose attendance changed. */
    private final Set<String> attendanceChanged = new HashSet<>();
    /**
     * By key of changed meeting, the numbers of its items that topic pages and other meetings'
     * pages show or group otherwise (null for all of them): their topics, the same matter and
     * their neighbouring occurrences are planned again.
     */
    private final Map<String, Set<String>> itemsShownOtherwise = new HashMap<>();
    private final Set<String> meetings = new HashSet<>();
    /**
     * The keys of the meetings whose texts may link otherwise though they did not change: they name
     * a meeting added or removed, or items of their own that were renumbered. Every page that shows
     * their texts is rendered again (see {@link #mustRender}).
     */
    private final Set<String> relinked = new HashSet<>();
    /** Whether every text may link otherwise: the councils, which references name, changed. */
    private boolean everythingRelinked;
    private final Set<String> topics = new HashSet<>();
    private final Set<String> people = new HashSet<>();
    private final Set<String> municipalities = new HashSet<>();
    private final Set<String> parties = new HashSet<>();
    private final Set<String> councils = new HashSet<>();
    /** The paths of the single pages in scope (not the meetings, whose pages lie under their path). */
    private final Set<String> pagePaths = new HashSet<>();
    /**
     * The years of the changed meetings, before and after the change: of a long list's pages of
     * older years ({@link YearPages}) only these are planned again, while the list links the same
     * older years as before.
     */
    private final Set<Integer> touchedYears = new HashSet<>();
    /** The earlier plan's pages, sorted by path: what the long lists linked as older years. */
    private final List<Page> earlierPages;
    /** The long lists whose older years changed, found while planning: all their pages are planned. */
    private final Set<String> listsPlannedWhole = ConcurrentHashMap.newKeySet();

    private PlanScope(boolean everything, List<Page> earlierPages) {
        this.everything = everything;
        this.earlierPages = earlierPages;
    }

    /**
     * What the change from {@code before} to {@code after} touches, given the keys ("council/date")
     * of the meetings whose files changed and the pages of the plan before, sorted by path.
     */
    public static PlanScope of(LinkedArchive before, LinkedArchive after, Set<String> changedMeetings,
                               List<Page> earlierPages) {
        Set<String> addedOrRemoved = addedOrRemoved(before, after);
        // A meeting made public by the passing of time rather than by a save, or a new vocabulary.
        boolean everything = !sameVocabulary(before, after) || !changedMeetings.containsAll(addedOrRemoved);
        PlanScope scope = new PlanScope(everything, earlierPages);
        scope.addTextsNaming(addedOrRemoved, before, after);
        // The councils' names are what references name: with new ones any text may link otherwise.
        scope.everythingRelinked = !before.councils().equals(after.councils());
        if (everything) {
            return scope;
        }
        for (String key : changedMeetings) {
            PublishedMeeting earlier = before.meetingsByKey().get(key);
            PublishedMeeting now = after.meetingsByKey().get(key);
            if (earlier == null || now == null || !listedAlike(earlier.meeting(), now.meeting())) {
                scope.listedOtherwise.add(key);
                scope.itemsShownOtherwise.put(key, null);
            } else {
                if (!sameAttendance(earlier.meeting(), now.meeting())) {
                    scope.attendanceChanged.add(key);
                }
                if (!itemNumbers(before.itemsOf(earlier)).equals(itemNumbers(after.itemsOf(now)))) {
                    scope.relinked.add(key); // "jf. punkt 3.1" may now point elsewhere, or nowhere
                }
                Optional<Set<String>> items = itemsShownOtherwise(before.itemsOf(earlier), after.itemsOf(now));
                if (items.isEmpty()) {
                    scope.itemsShownOtherwise.put(key, null);
                } else if (!items.get().isEmpty()) {
                    scope.itemsShownOtherwise.put(key, items.get());
                }
            }
        }
        scope.relinked.forEach(key -> scope.itemsShownOtherwise.put(key, null));
        Set<String> touched = new HashSet<>(changedMeetings);
        touched.addAll(scope.relinked);
        // Both archives resolve names alike: a new people.yaml plans everything (see sameVocabulary).
        PersonDirectory directory = new PersonDirectory(after.archive().people());
        for (LinkedArchive archive : List.of(before, after)) {
            scope.addMeetings(archive, touched, directory);
        }
        for (LinkedArchive archive : List.of(before, after)) {
            touched.stream().map(archive.meetingsByKey()::get).filter(Objects::nonNull)
                    .forEach(meeting -> scope.touchedYears.add(meeting.meeting().date().getYear()));
        }
        scope.addPeopleWhoseAttendanceChanged(before, after, directory);
        scope.addStandIns(before, after);
        for (LinkedArchive archive : List.of(before, after)) {
            scope.addPlacesOfPeople(archive);
        }
        scope.collectPagePaths(before, after);
        return scope;
    }

    /**
     * The keys of the meetings published before or after only. Made of the few keys that differ: a
     * set emptied of thousands keeps its table, which every pass over the set then walks.
     */
    private static Set<String> addedOrRemoved(LinkedArchive before, LinkedArchive after) {
        Set<String> keys = new HashSet<>();
        before.meetingsByKey().keySet().stream().filter(key -> !after.meetingsByKey().containsKey(key))
                .forEach(keys::add);
        after.meetingsByKey().keySet().stream().filter(key -> !before.meetingsByKey().containsKey(key))
                .forEach(keys::add);
        return keys;
    }

    /** Texts that name a meeting added or removed link to it, or no longer do, though they are unchanged. */
    private void addTextsNaming(Set<String> addedOrRemoved, LinkedArchive before, LinkedArchive after) {
        if (addedOrRemoved.isEmpty()) {
            return;
        }
        relinked.addAll(before.meetingsNaming(addedOrRemoved));
        relinked.addAll(after.meetingsNaming(addedOrRemoved));
        relinked.removeIf(key -> !after.meetingsByKey().containsKey(key));
    }

    private static List<String> itemNumbers(List<PublishedItem> items) {
        return items.stream().map(item -> item.item().number()).toList();
    }

    /**
     * Whether lists show the two versions of a meeting alike: as {@link MeetingSummary} (the place is
     * shown on the meeting's own pages only), and as counting attendance or not.
     */
    private static boolean listedAlike(Meeting before, Meeting after) {
        return before.kind() == after.kind() && before.date().equals(after.date())
                && before.attendanceRecorded() == after.attendanceRecorded();
    }

    private static boolean sameAttendance(Meeting before, Meeting after) {
        return before.attendees().equals(after.attendees()) && before.absent().equals(after.absent());
    }

    /**
     * The numbers of the items that lists show otherwise (number, title, closed, topics, decision:
     * see {@code ItemSummary}) or whose same_as names other items; empty when the items were added,
     * removed or moved, and all of them are shown otherwise.
     */
    private static Optional<Set<String>> itemsShownOtherwise(List<PublishedItem> before, List<PublishedItem> after) {
        if (before.size() != after.size()) {
            return Optional.empty();
        }
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < before.size(); i++) {
            Item earlier = before.get(i).item();
            Item now = after.get(i).item();
            if (!earlier.number().equals(now.number()) || !earlier.title().equals(now.title())
                    || earlier.closed() != now.closed() || !before.get(i).topics().equals(after.get(i).topics())
                    || !earlier.decision().map(Section::markdown).equals(now.decision().map(Section::markdown))
                    || !earlier.sameAs().equals(now.sameAs())) {
                numbers.add(earlier.number());
                numbers.add(now.number());
            }
        }
        return Optional.of(numbers);
    }

    private static boolean sameVocabulary(LinkedArchive before, LinkedArchive after) {
        return before.archive().site().equals(after.archive().site())
                && before.councils().equals(after.councils())
                && before.parties().equals(after.parties())
                && before.topics().equals(after.topics())
                && before.archive().people().equals(after.archive().people());
    }

    private void addMeetings(LinkedArchive archive, Set<String> changed, PersonDirectory directory) {
        for (String key : changed) {
            PublishedMeeting meeting = archive.meetingsByKey().get(key);
            if (meeting == null) {
                continue;
            }
            meetings.add(key);
            if (listedOtherwise.contains(key)) {
                councils.add(meeting.council().id());
                archive.previous(meeting).ifPresent(m -> meetings.add(m.key()));
                archive.next(meeting).ifPresent(m -> meetings.add(m.key()));
            }
            if (!itemsShownOtherwise.containsKey(key)) {
                continue;
            }
            Set<String> numbers = itemsShownOtherwise.get(key);
            for (PublishedItem item : archive.itemsOf(meeting)) {
                if (numbers != null && !numbers.contains(item.item().number())) {
                    continue;
                }
                topics.addAll(item.topics());
                archive.sameMatterGroupOf(item).forEach(other -> meetings.add(other.meeting().key()));
                // Only the nearest occurrence at another meeting on either side shows this one.
                archive.nearestOccurrence(item, -1).ifPresent(other -> meetings.add(other.meeting().key()));
                archive.nearestOccurrence(item, 1).ifPresent(other -> meetings.add(other.meeting().key()));
            }
        }
        // The people at a meeting listed otherwise, found through its attendance lists as linking
        // finds them, not by walking everybody's appearances (150,000 at 5,000 meetings).
        for (String key : listedOtherwise) {
            PublishedMeeting meeting = archive.meetingsByKey().get(key);
            if (meeting != null && meeting.meeting().attendanceRecorded()) {
                Stream.concat(meeting.meeting().attendees().stream(), meeting.meeting().absent().stream())
                        .forEach(a -> people.add(directory.idOf(a.name())));
            }
        }
    }

    /**
     * The people whose appearances at the meetings whose attendance alone changed differ: only
     * their pages and the lists they are in show it. Names are compared as the people they resolve
     * to, so a new spelling that resolves to the same person changes nothing.
     */
    private void addPeopleWhoseAttendanceChanged(LinkedArchive before, LinkedArchive after, PersonDirectory directory) {
        if (attendanceChanged.isEmpty()) {
            return;
        }
        Map<String, List<AppearanceAt>> was = appearancesAtChangedMeetings(before, directory);
        Map<String, List<AppearanceAt>> is = appearancesAtChangedMeetings(after, directory);
        Stream.concat(was.keySet().stream(), is.keySet().stream())
                .filter(id -> !Objects.equals(was.get(id), is.get(id)))
                .forEach(people::add);
    }

    private record AppearanceAt(String meeting, Presence presence, String party, String municipality,
                                Optional<String> substituteFor) {
    }

    /** Found through the names in the meetings' attendance lists, as linking finds them. */
    private Map<String, List<AppearanceAt>> appearancesAtChangedMeetings(LinkedArchive archive,
                                                                         PersonDirectory directory) {
        Map<String, List<AppearanceAt>> byPerson = new HashMap<>();
        for (String key : attendanceChanged) {
            PublishedMeeting meeting = archive.meetingsByKey().get(key);
            if (meeting == null) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            Stream.concat(meeting.meeting().attendees().stream(), meeting.meeting().absent().stream())
                    .forEach(a -> ids.add(directory.idOf(a.name())));
            for (String id : ids) {
                Person person = archive.peopleById().get(id);
                for (Appearance a : person == null ? List.<Appearance>of() : person.appearances()) {
                    if (a.meeting().key().equals(key)) {
                        byPerson.computeIfAbsent(id, k -> new ArrayList<>()).add(new AppearanceAt(
                                key, a.presence(), a.party(), a.municipality(), a.substituteFor()));
                    }
                }
            }
        }
        return byPerson;
    }

    /** A person's page names those they stood in for: when such a name changes, so does the page. */
    private void addStandIns(LinkedArchive before, LinkedArchive after) {
        Set<String> renamed = new HashSet<>();
        Map<String, String> namesBefore = new HashMap<>();
        before.people().forEach(p -> namesBefore.put(p.id(), p.name()));
        after.people().forEach(p -> {
            if (!Objects.equals(namesBefore.remove(p.id()), p.name())) {
                renamed.add(p.id());
            }
        });
        renamed.addAll(namesBefore.keySet());
        if (renamed.isEmpty()) {
            return;
        }
        for (LinkedArchive archive : List.of(before, after)) {
            for (Person person : archive.people()) {
                if (person.appearances().stream().anyMatch(a -> a.substituteFor().filter(renamed::contains).isPresent())) {
                    people.add(person.id());
                }
            }
        }
    }

    /** People are listed on the pages of every council, municipality and party they appeared for. */
    private void addPlacesOfPeople(LinkedArchive archive) {
        for (String id : people) {
            Person person = archive.peopleById().get(id);
            if (person == null) {
                continue;
            }
            for (Appearance appearance : person.appearances()) {
                councils.add(appearance.meeting().council().id());
                if (!appearance.municipality().isEmpty()) {
                    municipalities.add(Slugs.of(appearance.municipality()));
                }
                if (!appearance.party().isEmpty()) {
                    parties.add(appearance.party());
                }
            }
        }
    }

    private void collectPagePaths(LinkedArchive before, LinkedArchive after) {
        Set<String> lists = new HashSet<>();
        topics.forEach(id -> lists.add(Urls.topic(id)));
        parties.forEach(letter -> lists.add(Urls.party(letter)));
        for (LinkedArchive archive : List.of(before, after)) {
            archive.municipalities().stream().filter(m -> municipalities.contains(m.id()))
                    .forEach(m -> lists.add(Urls.municipality(m)));
        }
        for (String list : lists) {
            pagePaths.add(list);
            touchedYears.forEach(year -> pagePaths.add(Urls.year(list, year)));
        }
        people.forEach(id -> pagePaths.add(Urls.person(id)));
        councils.forEach(id -> pagePaths.add(Urls.council(id)));
    }

    /**
     * Whether a page planned again must be rendered even where its model is what it was: it shows
     * a text whose links changed.
     */
    public boolean mustRender(Page page) {
        return everythingRelinked || !relinked.isEmpty() && PageTexts.showsTextOf(page, relinked);
    }

    public boolean isEverything() {
        return everything;
    }

    boolean meeting(String key) {
        return everything || meetings.contains(key);
    }

    boolean topic(String id) {
        return everything || topics.contains(id);
    }

    /**
     * The older years of the long list at {@code path} (a topic's items, a municipality's or party's
     * meetings) whose pages are planned again with the list's own page, given the older years it
     * links now; empty when all its pages are. A year's page shows that year's entries and the links
     * to all older years: while the links are those of the earlier plan, only the pages of the
     * changed meetings' years change. Called while planning, before {@link #notCovered}.
     */
    Optional<Set<Integer>> olderYearsToPlan(String path, List<Link> olderYears) {
        if (everything) {
            return Optional.empty();
        }
        int at = SortedPages.lowerBound(earlierPages, path, 0);
        if (at < earlierPages.size() && earlierPages.get(at).path().equals(path)
                && olderYears.equals(earlierPages.get(at).model().get("olderYears"))) {
            return Optional.of(touchedYears);
        }
        listsPlannedWhole.add(path);
        return Optional.empty();
    }

    boolean person(String id) {
        return everything || people.contains(id);
    }

    boolean municipality(String id) {
        return everything || municipalities.contains(id);
    }

    boolean party(String letter) {
        return everything || parties.contains(letter);
    }

    boolean council(String id) {
        return everything || councils.contains(id);
    }

    /** Whether any page of a council, municipality or party is planned again. */
    boolean anyPlaceOfPeople() {
        return everything || !councils.isEmpty() || !municipalities.isEmpty() || !parties.isEmpty();
    }

    /** Whether the list at {@code path} (all meetings, people, ...) is planned again. */
    boolean list(String path) {
        return everything || LISTS.contains(path)
                || !listedOtherwise.isEmpty() && path.equals(Urls.MEETINGS)
                || !people.isEmpty() && LISTS_OF_PEOPLE.contains(path);
    }

    /**
     * The pages of an earlier plan, sorted by path, that are not planned again: neither a page in
     * scope, nor a list, nor a page of a meeting in scope. A meeting's pages lie together under its
     * key, so each is one range found by binary search and the rest is copied without being read.
     */
    List<Page> notCovered(List<Page> pages) {
        if (everything) {
            return List.of();
        }
        BitSet covered = new BitSet(pages.size());
        for (String key : meetings) {
            int[] range = SortedPages.rangeOf(pages, key + "/");
            covered.set(range[0], range[1]);
        }
        // A topic's, party's or municipality's page and the pages of its older years, under its path.
        for (String path : listsPlannedWhole) {
            int[] range = SortedPages.rangeOf(pages, path);
            covered.set(range[0], range[1]);
        }
        Stream.of(pagePaths, LISTS, Set.of(Urls.MEETINGS), LISTS_OF_PEOPLE).flatMap(Set::stream)
                .filter(path -> pagePaths.contains(path) || list(path))
                .forEach(path -> {
                    int at = SortedPages.lowerBound(pages, path, 0);
                    if (at < pages.size() && pages.get(at).path().equals(path)) {
                        covered.set(at);
                    }
                });
        List<Page> kept = new ArrayList<>(pages.size());
        for (int from = 0; from < pages.size(); ) {
            int to = covered.nextSetBit(from);
            to = to < 0 ? pages.size() : to;
            kept.addAll(pages.subList(from, to));
            from = covered.nextClearBit(to);
        }
        return kept;
    }
}
