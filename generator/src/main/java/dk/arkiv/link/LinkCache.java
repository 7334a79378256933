package dk.arkiv.link;

import dk.arkiv.model.Council;
import dk.arkiv.model.Meeting;
import dk.arkiv.model.NameVariants;
import dk.arkiv.model.Topic;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * What linking found in each meeting, kept between the preview server's builds: the topics whose
 * phrases occur in its items, the references in their sections and those that point to nothing,
 * the facts same-matter detection compares, the groups detected, the published meetings with
 * their items and attendance, and the items by meeting and topic. A meeting read from an unchanged
 * file is the same object in the next build (see {@code LoadCache}), so only the edited meeting is
 * searched and linked again; searching is two thirds of linking a large archive. Results are kept
 * per meeting, under its key and for that very object (comparing whole texts would cost what
 * searching does), a few thousand entries where items would be tens of thousands; those no longer
 * in the archive are dropped by the next link.
 */
public final class LinkCache {
    private final boolean remembers;
    private final Remembered<List<String>> topics = new Remembered<>();
    private final PerObject<Meeting> publicVersions = new PerObject<>();
    private List<PublishedMeeting> published = List.of();
    /** The keys of the meetings the last link added or removed. */
    private Set<String> addedOrRemoved = Set.of();
    private final PerObject<List<PublishedItem>> items = new PerObject<>();
    private final ItemIndex itemIndex = new ItemIndex();
    private final PerObject<List<ArchiveLinker.Attending>> attending = new PerObject<>();
    private final PeopleGrouping people = new PeopleGrouping();
    private final Remembered<List<List<Reference>>> references = new Remembered<>();
    private final Remembered<UnresolvedReference> unresolved = new Remembered<>();
    private final PerObject<Set<String>> namedMeetings = new PerObject<>();
    private final Remembered<SameMatter.Facts> facts = new Remembered<>();
    private SameMatter.Detection sameMatter;
    private List<Topic> topicsSearchedFor;
    private List<Council> councilsSearchedFor;
    private PersonDirectory directory;

    private LinkCache(boolean remembers) {
        this.remembers = remembers;
    }

    /** A cache that keeps what one link found for the next. */
    public static LinkCache acrossBuilds() {
        return new LinkCache(true);
    }

    /** No cache: a one-off build searches every text once anyway. */
    static LinkCache none() {
        return new LinkCache(false);
    }

    /** Starts a link; what was found with other topics or councils is forgotten. */
    void startLink(List<Topic> topicList, List<Council> councils) {
        if (!topicList.equals(topicsSearchedFor)) {
            topics.clear();
            facts.clear();
            items.clear();
            topicsSearchedFor = topicList;
        }
        if (!councils.equals(councilsSearchedFor)) {
            references.clear();
            unresolved.clear();
            namedMeetings.clear();
            published = List.of();
            councilsSearchedFor = councils;
        }
    }

    /**
     * Each meeting's public part, made again only for a meeting read anew: a meeting with closed
     * items has a public part of its own, which must be the same object in the next link for the
     * meeting's texts not to be searched again.
     */
    List<Meeting> publicParts(List<Meeting> meetings, UnaryOperator<Meeting> publicPart) {
        return publicVersions.all(meetings, Meeting::source, i -> publicPart.apply(meetings.get(i)), remembers);
    }

    /**
     * The published meetings, each the object of the last link when made of the same documents, so
     * that what linking made of it can be kept too. Notes which meetings were added or removed.
     */
    List<PublishedMeeting> published(List<PublishedMeeting> made) {
        if (!remembers) {
            return made;
        }
        // A save keeps every meeting at its place: the last link's meetings are compared by position,
        // and by key only when meetings were added or removed.
        boolean sameMeetings = made.size() == published.size();
        for (int i = 0; sameMeetings && i < made.size(); i++) {
            sameMeetings = made.get(i).key().equals(published.get(i).key());
        }
        Map<String, PublishedMeeting> byKey = new HashMap<>();
        if (!sameMeetings) {
            published.forEach(m -> byKey.put(m.key(), m));
        }
        List<PublishedMeeting> kept = new ArrayList<>(made.size());
        for (int i = 0; i < made.size(); i++) {
            PublishedMeeting meeting = made.get(i);
            PublishedMeeting before = sameMeetings ? published.get(i) : byKey.get(meeting.key());
            kept.add(before != null && before.meeting() == meeting.meeting()
                    && before.agenda().orElse(null) == meeting.agenda().orElse(null) ? before : meeting);
        }
        addedOrRemoved = Set.of();
        if (!sameMeetings) {
            Set<String> changed = new HashSet<>();
            for (PublishedMeeting meeting : made) {
                if (byKey.remove(meeting.key()) == null) {
                    changed.add(meeting.key());
                }
            }
            changed.addAll(byKey.keySet()); // those left were removed
            addedOrRemoved = Set.copyOf(changed);
        }
        published = kept;
        return kept;
    }

    /** Each meeting's published items, made again only for a meeting made again. */
    List<List<PublishedItem>> itemsOf(List<PublishedMeeting> meetings, IntFunction<List<PublishedItem>> make) {
        return items.all(meetings, PublishedMeeting::key, make, remembers);
    }

    /**
     * The items by meeting and by topic, patched after a save of a few meetings: those whose items
     * {@link #itemsOf} made again or dropped.
     */
    ItemIndex.Items itemIndex(List<PublishedMeeting> meetings, List<List<PublishedItem>> itemsPerMeeting) {
        return remembers ? itemIndex.update(meetings, itemsPerMeeting, items.replacedInLastCall())
                : ItemIndex.of(meetings, itemsPerMeeting);
    }

    /** Who attended each meeting, resolved again only for a meeting made again. */
    List<List<ArchiveLinker.Attending>> attendingOf(List<PublishedMeeting> meetings,
                                                   IntFunction<List<ArchiveLinker.Attending>> resolve) {
        return attending.all(meetings, PublishedMeeting::key, resolve, remembers);
    }

    /**
     * The directory of people.yaml's names, kept while the file is unchanged: it remembers every
     * name as written that it resolved, and an archive writes the same names many thousand times.
     */
    PersonDirectory directory(List<NameVariants> people) {
        if (!remembers || directory == null || !directory.isFor(people)) {
            directory = new PersonDirectory(people);
            attending.clear();
        }
        return directory;
    }

    /** The people who attended, grouped anew or, after a save of a few meetings, patched. */
    List<Person> people(List<List<ArchiveLinker.Attending>> attendingPerMeeting) {
        return (remembers ? people : new PeopleGrouping()).group(attendingPerMeeting);
    }

    /** The topics found in each item, a list per meeting in the items' order. */
    List<List<List<String>>> topicsOf(List<PublishedMeeting> meetings,
                                      Function<PublishedMeeting, List<List<String>>> find) {
        return topics.perMeeting(meetings, find, remembers);
    }

    /** The references in each section of each item, by meeting key. */
    Map<String, List<List<List<Reference>>>> referencesOf(List<PublishedMeeting> meetings,
                                                          Function<PublishedMeeting, List<List<List<Reference>>>> find) {
        List<List<List<List<Reference>>>> perMeeting = references.perMeeting(meetings, find, remembers);
        Map<String, List<List<List<Reference>>>> byKey = new HashMap<>(meetings.size() * 2);
        for (int i = 0; i < meetings.size(); i++) {
            byKey.put(meetings.get(i).key(), perMeeting.get(i));
        }
        return byKey;
    }

    /**
     * The keys of the meetings each meeting's texts name, made again only for a meeting made again
     * (a new minutes or agenda).
     */
    List<Set<String>> namedMeetingsOf(List<PublishedMeeting> meetings, IntFunction<Set<String>> find) {
        return namedMeetings.all(meetings, PublishedMeeting::key, find, remembers);
    }

    /** The keys of the meetings this link added or removed, against the last link. */
    Set<String> meetingsAddedOrRemoved() {
        return addedOrRemoved;
    }

    /**
     * Forgets which references point to nothing in the texts of these meetings: they name a meeting
     * added or removed.
     */
    void forgetUnresolvedIn(Set<String> meetingKeys) {
        unresolved.forget(meetingKeys);
    }

    /**
     * The references in each meeting's texts that point to nothing in the archive. They depend on the
     * meeting's own items and on which meetings there are, so they are kept while neither changes.
     */
    List<UnresolvedReference> unresolvedIn(List<PublishedMeeting> meetings,
                                           Function<PublishedMeeting, List<UnresolvedReference>> find) {
        return unresolved.all(meetings, find, remembers);
    }

    /**
     * The same-matter groups: detected from all items' facts in the first link, and afterwards
     * detected again only around the items whose facts changed since the last link.
     *
     * @param find the facts of each item of a meeting, for the meetings not kept
     */
    SameMatter.Groups sameMatter(List<PublishedMeeting> meetings, Function<PublishedMeeting, List<SameMatter.Facts>> find) {
        List<List<SameMatter.Facts>> perMeeting = facts.perMeeting(meetings, find, remembers);
        if (!remembers || sameMatter == null || facts.allFoundInLastLink()) {
            sameMatter = SameMatter.Detection.of(Remembered.flat(perMeeting));
        } else if (facts.changedInLastLink()) {
            List<SameMatter.Facts> removed = new ArrayList<>();
            List<SameMatter.Facts> added = new ArrayList<>();
            for (Change<SameMatter.Facts> change : facts.changesInLastLink()) {
                // Items are compared whole: a save usually changes one item of a meeting, or none.
                Set<SameMatter.Facts> had = new HashSet<>(change.before());
                Set<SameMatter.Facts> has = new HashSet<>(change.after());
                change.before().stream().filter(f -> !has.contains(f)).forEach(removed::add);
                change.after().stream().filter(f -> !had.contains(f)).forEach(added::add);
            }
            sameMatter.update(removed, added);
        }
        return sameMatter.groups();
    }

    /**
     * What was made of each object of the last link, by a key that is unique per link (a meeting's
     * key, a file's path), kept for the next link while the object under the key is the same object.
     * A save replaces a few objects: their entries are replaced in place, and the map is made anew
     * only when objects were added or removed. An object at the same place in the list as in the
     * last link is found by its place, without hashing its key.
     */
    private static final class Kept<V> {
        private record Entry<V>(Object object, V value) {
        }

        private Map<String, Entry<V>> byKey = new HashMap<>();
        private Object[] objectsByPlace = new Object[0];
        private Object[] valuesByPlace = new Object[0];

        void clear() {
            byKey = new HashMap<>();
            objectsByPlace = new Object[0];
            valuesByPlace = new Object[0];
        }

        /** Forgets the values kept under these keys. */
        void forget(Set<String> keys) {
            Set<Object> objects = Collections.newSetFromMap(new IdentityHashMap<>());
            for (String key : keys) {
                Entry<V> entry = byKey.remove(key);
                if (entry != null) {
                    objects.add(entry.object());
                }
            }
            for (int i = 0; i < objectsByPlace.length && !objects.isEmpty(); i++) {
                if (objects.contains(objectsByPlace[i])) {
                    objectsByPlace[i] = null;
                }
            }
        }

        /** The value kept for this object, at this place in the list, or null. */
        @SuppressWarnings("unchecked")
        V get(int place, String key, Object object) {
            if (place < objectsByPlace.length && objectsByPlace[place] == object) {
                return (V) valuesByPlace[place];
            }
            Entry<V> entry = byKey.get(key);
            return entry != null && entry.object() == object ? entry.value() : null;
        }

        /** The value the last link kept under this key, whatever its object. */
        V lastUnder(String key) {
            Entry<V> entry = byKey.get(key);
            return entry == null ? null : entry.value();
        }

        /**
         * Keeps this link's values: {@code values.get(i)} was made from {@code madeFrom} of
         * {@code objects.get(i)} and is kept under its {@code key}. Only the values at the indexes
         * {@code made} are new; when objects were added or removed, the map is made anew.
         *
         * @return the values kept under keys that this link no longer has, by key
         */
        <T> Map<String, V> keep(List<T> objects, Function<T, String> key, Function<T, ?> madeFrom, List<V> values,
                      List<Integer> made) {
            objectsByPlace = new Object[objects.size()];
            for (int i = 0; i < objects.size(); i++) {
                objectsByPlace[i] = madeFrom.apply(objects.get(i));
            }
            valuesByPlace = values.toArray();
            boolean sameKeys = objects.size() == byKey.size();
            for (int i = 0; sameKeys && i < made.size(); i++) {
                sameKeys = byKey.containsKey(key.apply(objects.get(made.get(i))));
            }
            if (sameKeys) {
                made.forEach(i -> put(objects.get(i), key, madeFrom, values.get(i)));
                return Map.of();
            }
            Map<String, Entry<V>> before = byKey;
            byKey = new HashMap<>(objects.size() * 2);
            for (int i = 0; i < objects.size(); i++) {
                put(objects.get(i), key, madeFrom, values.get(i));
            }
            Map<String, V> gone = new HashMap<>();
            before.forEach((k, entry) -> {
                if (!byKey.containsKey(k)) {
                    gone.put(k, entry.value());
                }
            });
            return gone;
        }

        private <T> void put(T object, Function<T, String> key, Function<T, ?> madeFrom, V value) {
            byKey.put(key.apply(object), new Entry<>(madeFrom.apply(object), value));
        }
    }

    /** One meeting's results in the link before and in this one; an added meeting had none, a removed one has none. */
    private record Change<V>(List<V> before, List<V> after) {
    }

    /** Results by meeting, as the last link left them. */
    private static final class Remembered<V> {
        private final Kept<List<V>> kept = new Kept<>();
        private boolean allFound = true;
        private List<Change<V>> changes = List.of();

        void clear() {
            kept.clear();
        }

        void forget(Set<String> keys) {
            kept.forget(keys);
        }

        boolean changedInLastLink() {
            return !changes.isEmpty();
        }

        /** Whether the last link found every meeting's results, none being kept. */
        boolean allFoundInLastLink() {
            return allFound;
        }

        /** The meetings whose results the last link found otherwise than its predecessor, added or removed. */
        List<Change<V>> changesInLastLink() {
            return changes;
        }

        /**
         * The results of all meetings, one after the other in the meetings' order: known ones are
         * looked up, the others found in parallel. Afterwards only this link's results are known.
         */
        List<V> all(List<PublishedMeeting> meetings, Function<PublishedMeeting, List<V>> find, boolean remember) {
            return flat(perMeeting(meetings, find, remember));
        }

        /** Like {@link #all}, a list per meeting. */
        List<List<V>> perMeeting(List<PublishedMeeting> meetings, Function<PublishedMeeting, List<V>> find,
                                 boolean remember) {
            if (!remember) {
                return meetings.parallelStream().map(find).toList();
            }
            List<List<V>> results = new ArrayList<>(meetings.size());
            List<Integer> missing = new ArrayList<>();
            for (PublishedMeeting meeting : meetings) {
                List<V> result = kept.get(results.size(), meeting.key(), meeting.meeting());
                if (result == null) {
                    missing.add(results.size());
                }
                results.add(result);
            }
            List<List<V>> found = missing.parallelStream().map(i -> find.apply(meetings.get(i))).toList();
            allFound = kept.byKey.isEmpty();
            changes = new ArrayList<>();
            for (int i = 0; i < missing.size(); i++) {
                int at = missing.get(i);
                results.set(at, found.get(i));
                List<V> before = kept.lastUnder(meetings.get(at).key());
                if (!found.get(i).equals(before)) {
                    changes.add(new Change<>(before == null ? List.of() : before, found.get(i)));
                }
            }
            kept.keep(meetings, PublishedMeeting::key, PublishedMeeting::meeting, results, missing).values()
                    .forEach(gone -> changes.add(new Change<>(gone, List.of())));
            return results;
        }

        static <V> List<V> flat(List<List<V>> perMeeting) {
            int size = 0;
            for (List<V> list : perMeeting) {
                size += list.size();
            }
            List<V> all = new ArrayList<>(size);
            perMeeting.forEach(all::addAll);
            return all;
        }
    }

    /** Values made from objects of the last link, made again only for new objects. */
    private static final class PerObject<V> {
        private final Kept<V> kept = new Kept<>();
        private Map<String, V> replaced;

        void clear() {
            kept.clear();
        }

        /**
         * What the last call replaced: by key, the value made before, or null where there was none
         * (a new key); values under keys that are gone are in it too. Null when it kept nothing.
         */
        Map<String, V> replacedInLastCall() {
            return replaced;
        }

        /** @param key each object's key, unique among them */
        <T> List<V> all(List<T> objects, Function<T, String> key, IntFunction<V> make, boolean remember) {
            List<V> values = new ArrayList<>(objects.size());
            List<Integer> made = new ArrayList<>();
            Map<String, V> before = kept.byKey.isEmpty() ? null : new HashMap<>();
            for (int i = 0; i < objects.size(); i++) {
                String k = key.apply(objects.get(i));
                V value = remember ? kept.get(i, k, objects.get(i)) : null;
                if (value == null) {
                    value = make.apply(i);
                    made.add(i);
                    if (before != null) {
                        before.put(k, kept.lastUnder(k));
                    }
                }
                values.add(value);
            }
            if (remember) {
                Map<String, V> gone = kept.keep(objects, key, Function.identity(), values, made);
                if (before != null) {
                    before.putAll(gone);
                }
                replaced = before;
            }
            return values;
        }
    }
}
