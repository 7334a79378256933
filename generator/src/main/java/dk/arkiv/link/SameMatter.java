package dk.arkiv.link;

import dk.arkiv.model.Item;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The same matter in several places: across councils (KL sends one case to all five KKRs within a
 * few weeks) and over time in one council (recurring items). Items are compared only within
 * small buckets (a topic, a title), so the work grows with the archive, not with its square.
 * Detection looks only at each item's {@link Facts}: equal facts give equal groups, which lets the
 * preview server skip detection when a save changed no title, topic or same_as, and detect again
 * only around the items whose facts changed.
 */
final class SameMatter {
    /** KL's cases reach the five councils within about two months. */
    private static final long WINDOW_DAYS = 60;
    private static final double SIMILAR_TITLES = 0.5;
    private static final Comparator<Facts> BY_DATE_AND_COUNCIL = Comparator.comparing(Facts::date)
            .thenComparing(Facts::councilId).thenComparing(Facts::key);
    private static final Comparator<Facts> BY_DATE_AND_KEY = Comparator.comparing(Facts::date)
            .thenComparing(Facts::key);

    /**
     * What detection looks at in an item.
     *
     * @param key "council/date/number", the form {@code same_as} uses
     * @param primaryTopics explicit topics and those named in the title
     * @param titleWords the title's words that carry meaning, stemmed
     * @param recurrence the council and title words, which the occurrences of a recurring item share;
     *                   empty when the title has no such word. Made with the facts, which the preview
     *                   server keeps from save to save.
     */
    record Facts(String key, LocalDate date, String councilId, Set<String> primaryTopics, Set<String> titleWords,
                 List<String> sameAs, String recurrence) {

        static Facts of(PublishedItem published, TopicMatcher matcher) {
            Item item = published.item();
            Set<String> topics = new HashSet<>(item.topics());
            topics.addAll(matcher.topicsIn(item.title()));
            return of(published.key(), published.meeting().meeting().date(), published.meeting().council().id(),
                    topics, item.title(), item.sameAs());
        }

        static Facts of(String key, LocalDate date, String councilId, Set<String> primaryTopics, String title,
                        List<String> sameAs) {
            Set<String> titleWords = TitleWords.of(title);
            return new Facts(key, date, councilId, Set.copyOf(primaryTopics), titleWords, List.copyOf(sameAs),
                    titleWords.isEmpty() ? "" : councilId + "|" + String.join(" ", titleWords));
        }
    }

    /** Groups of item keys, each oldest first; every member of a group maps to the same list. */
    record Groups(Map<String, List<String>> acrossCouncils, Map<String, List<String>> overTime) {
    }

    private SameMatter() {
    }

    /** Both kinds of groups of these items. */
    static Groups groups(List<Facts> facts) {
        return Detection.of(facts).groups();
    }

    /**
     * The groups of the items and the indexes they were found with, kept by the preview server: a
     * save changes the facts of a meeting or two, and only the groups those items were in, or join,
     * are detected again. Equal facts give equal groups however they were reached.
     */
    static final class Detection {
        private final Map<String, Facts> byKey;
        /** The items that take part in detection across councils (no same_as), by topic, by date and key. */
        private final Map<String, List<Facts>> byTopic;
        /** The keys of the items whose same_as names a key. */
        private final Map<String, Set<String>> namedBy;
        /** The items of each recurrence, in no order. */
        private final Map<String, List<Facts>> chains;
        private Groups groups;

        private Detection(Map<String, Facts> byKey, Map<String, List<Facts>> byTopic,
                          Map<String, Set<String>> namedBy, Map<String, List<Facts>> chains, Groups groups) {
            this.byKey = byKey;
            this.byTopic = byTopic;
            this.namedBy = namedBy;
            this.chains = chains;
            this.groups = groups;
        }

        /** Detects the groups of all these items, both kinds side by side. */
        static Detection of(List<Facts> facts) {
            CompletableFuture<Map<String, List<Facts>>> chains = CompletableFuture.supplyAsync(() -> chainsOf(facts));
            CompletableFuture<Map<String, List<String>>> overTime = chains.thenApply(SameMatter::overTime);
            Map<String, Facts> byKey = new HashMap<>(facts.size() * 2);
            Map<String, List<Facts>> byTopic = new HashMap<>();
            Map<String, Set<String>> namedBy = new HashMap<>();
            for (Facts item : facts) {
                byKey.put(item.key(), item);
                if (item.sameAs().isEmpty()) {
                    item.primaryTopics().forEach(t -> byTopic.computeIfAbsent(t, x -> new ArrayList<>()).add(item));
                }
                item.sameAs().forEach(other -> namedBy.computeIfAbsent(other, x -> new HashSet<>()).add(item.key()));
            }
            byTopic.values().forEach(items -> items.sort(BY_DATE_AND_KEY));
            Map<String, List<String>> acrossCouncils = acrossCouncils(facts, byKey, byTopic);
            return new Detection(byKey, byTopic, namedBy, chains.join(),
                    new Groups(acrossCouncils, overTime.join()));
        }

        Groups groups() {
            return groups;
        }

        /**
         * The groups after these items were removed and those added (an item changed is both). The
         * groups an item removed was in are detected again from their other members; an item added
         * is compared with the items near it, and joins whole the groups it meets, since every other
         * group is exactly as before. The groups of the last call are left as they were.
         */
        Groups update(Collection<Facts> removed, Collection<Facts> added) {
            Set<String> again = new HashSet<>();
            Set<String> recurrences = new HashSet<>();
            for (Facts item : removed) {
                again.addAll(groups.acrossCouncils().getOrDefault(item.key(), List.of()));
                recurrences.add(item.recurrence());
                unindex(item);
            }
            for (Facts item : added) {
                index(item);
                again.add(item.key());
                recurrences.add(item.recurrence());
            }
            again.removeIf(key -> !byKey.containsKey(key));
            recurrences.remove("");
            groups = new Groups(acrossCouncilsAgain(removed, again), overTimeAgain(removed, recurrences));
            return groups;
        }

        private void index(Facts item) {
            byKey.put(item.key(), item);
            if (item.sameAs().isEmpty()) {
                for (String topic : item.primaryTopics()) {
                    List<Facts> items = byTopic.computeIfAbsent(topic, t -> new ArrayList<>());
                    items.add(-Collections.binarySearch(items, item, BY_DATE_AND_KEY) - 1, item);
                }
            }
            item.sameAs().forEach(other -> namedBy.computeIfAbsent(other, x -> new HashSet<>()).add(item.key()));
            if (!item.recurrence().isEmpty()) {
                List<Facts> chain = chains.computeIfAbsent(item.recurrence(), r -> new ArrayList<>());
                chain.add(-Collections.binarySearch(chain, item, BY_DATE_AND_COUNCIL) - 1, item);
            }
        }

        private void unindex(Facts item) {
            byKey.remove(item.key());
            if (item.sameAs().isEmpty()) {
                for (String topic : item.primaryTopics()) {
                    List<Facts> items = byTopic.get(topic);
                    items.remove(Collections.binarySearch(items, item, BY_DATE_AND_KEY));
                }
            }
            item.sameAs().forEach(other -> namedBy.get(other).remove(item.key()));
            if (!item.recurrence().isEmpty()) {
                removeSame(chains.get(item.recurrence()), item);
            }
        }

        /**
         * Removes the very object, found by identity: the facts removed are those indexed, and a
         * chain of an item at every meeting is thousands long, each record compared field by field.
         */
        private static void removeSame(List<Facts> chain, Facts item) {
            for (int i = chain.size() - 1; i >= 0; i--) {
                if (chain.get(i) == item) {
                    chain.remove(i);
                    return;
                }
            }
            chain.remove(item);
        }

        private Map<String, List<String>> acrossCouncilsAgain(Collection<Facts> removed, Set<String> again) {
            Map<String, List<String>> before = groups.acrossCouncils();
            UnionFind joined = new UnionFind();
            for (String key : again) {
                Facts item = byKey.get(key);
                for (String other : item.sameAs()) {
                    if (byKey.containsKey(other)) {
                        joined.union(key, other);
                    }
                }
                namedBy.getOrDefault(key, Set.of()).forEach(other -> joined.union(key, other));
                if (item.sameAs().isEmpty()) {
                    for (String topic : item.primaryTopics()) {
                        for (Facts near : near(byTopic.get(topic), item.date())) {
                            if (near != item && sameMatter(item, near)) {
                                joined.union(key, near.key());
                            }
                        }
                    }
                }
            }
            // A group met from outside is still whole: its members are joined with it.
            for (String key : joined.keys()) {
                if (!again.contains(key)) {
                    before.getOrDefault(key, List.of()).forEach(member -> joined.union(key, member));
                }
            }
            // What changed, a key removed as null; the groups of the last call are not copied.
            Map<String, List<String>> changes = new HashMap<>();
            removed.forEach(item -> changes.put(item.key(), null));
            again.forEach(key -> changes.put(key, null));
            joined.keys().forEach(key -> changes.put(key, null));
            changes.putAll(joined.members(byKey));
            return LayeredMap.of(before, changes);
        }

        private Map<String, List<String>> overTimeAgain(Collection<Facts> removed, Set<String> recurrences) {
            Map<String, List<String>> changes = new HashMap<>();
            removed.forEach(item -> changes.put(item.key(), null));
            for (String recurrence : recurrences) {
                List<Facts> chain = chains.getOrDefault(recurrence, List.of());
                if (!chain.isEmpty() && atSeveralMeetings(chain)) {
                    putOccurrences(chain, changes); // each member's group replaced
                } else {
                    chain.forEach(item -> changes.put(item.key(), null));
                }
            }
            return LayeredMap.of(groups.overTime(), changes);
        }

        /** The items of a topic's list, sorted by date, within the window before or after the date. */
        private static List<Facts> near(List<Facts> items, LocalDate date) {
            LocalDate from = date.minusDays(WINDOW_DAYS);
            int low = 0;
            int high = items.size();
            while (low < high) { // the first item on or after {@code from}
                int middle = (low + high) >>> 1;
                if (items.get(middle).date().isBefore(from)) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            LocalDate to = date.plusDays(WINDOW_DAYS);
            int end = low;
            while (end < items.size() && !items.get(end).date().isAfter(to)) {
                end++;
            }
            return items.subList(low, end);
        }
    }

    /**
     * Items of other councils on the same matter: detected from a shared topic (explicit or in the
     * title) and similar titles within the window; an item's own same_as replaces detection for it.
     */
    private static Map<String, List<String>> acrossCouncils(List<Facts> facts, Map<String, Facts> byKey,
                                                            Map<String, List<Facts>> byTopic) {
        UnionFind groups = new UnionFind();
        for (Facts item : facts) {
            for (String other : item.sameAs()) {
                if (byKey.containsKey(other)) {
                    groups.union(item.key(), other);
                }
            }
        }
        // An item whose same_as names others is grouped by that alone: it is in no topic's list.
        for (List<Facts> items : byTopic.values()) { // the order of topics changes no group
            for (int i = 0; i < items.size(); i++) {
                Facts a = items.get(i);
                for (int j = i + 1; j < items.size(); j++) {
                    Facts b = items.get(j);
                    if (ChronoUnit.DAYS.between(a.date(), b.date()) > WINDOW_DAYS) {
                        break;
                    }
                    if (sameMatter(a, b)) {
                        groups.union(a.key(), b.key());
                    }
                }
            }
        }
        return groups.members(byKey);
    }

    /** Whether two items on one topic, within the window, are the same matter: other councils, similar titles. */
    private static boolean sameMatter(Facts a, Facts b) {
        return !a.councilId().equals(b.councilId())
                && TitleWords.similarity(a.titleWords(), b.titleWords()) >= SIMILAR_TITLES;
    }

    /**
     * The items of each recurrence (a council and title words), in the order of their occurrences,
     * which updates keep.
     */
    private static Map<String, List<Facts>> chainsOf(List<Facts> facts) {
        Map<String, List<Facts>> chains = new HashMap<>();
        for (Facts item : facts) {
            if (!item.recurrence().isEmpty()) {
                chains.computeIfAbsent(item.recurrence(), k -> new ArrayList<>()).add(item);
            }
        }
        chains.values().forEach(chain -> chain.sort(BY_DATE_AND_COUNCIL));
        return chains;
    }

    /** Each recurring item's occurrences in its own council, oldest first: items whose titles mean the same. */
    private static Map<String, List<String>> overTime(Map<String, List<Facts>> chains) {
        Map<String, List<String>> out = new HashMap<>();
        for (List<Facts> chain : chains.values()) {
            if (atSeveralMeetings(chain)) {
                putOccurrences(chain, out);
            }
        }
        return out;
    }

    /** @param chain in the order of occurrences (see {@link #chainsOf}) */
    private static void putOccurrences(List<Facts> chain, Map<String, List<String>> out) {
        List<String> occurrences = chain.stream().map(Facts::key).toList();
        occurrences.forEach(key -> out.put(key, occurrences));
    }

    /** Whether the items (all of one council) are at more than one meeting, that is on more than one date. */
    private static boolean atSeveralMeetings(List<Facts> chain) {
        LocalDate first = chain.get(0).date();
        for (Facts item : chain) {
            if (!item.date().equals(first)) {
                return true;
            }
        }
        return false;
    }

    /** Groups of keys joined by union; small and local to this class. */
    private static final class UnionFind {
        private final Map<String, String> parent = new HashMap<>();

        void union(String a, String b) {
            String ra = root(a);
            String rb = root(b);
            if (!ra.equals(rb)) {
                parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
            }
        }

        /** The keys joined with some other. */
        Set<String> keys() {
            Set<String> keys = new HashSet<>(parent.keySet());
            parent.values().forEach(keys::add);
            return keys;
        }

        String root(String key) {
            String current = key;
            while (parent.containsKey(current)) {
                current = parent.get(current);
            }
            return current;
        }

        Map<String, List<String>> members(Map<String, Facts> byKey) {
            Map<String, List<Facts>> byRoot = new HashMap<>();
            for (String key : parent.keySet()) {
                byRoot.computeIfAbsent(root(key), r -> new ArrayList<>()).add(byKey.get(key));
            }
            byRoot.forEach((root, list) -> list.add(byKey.get(root)));
            Map<String, List<String>> out = new HashMap<>();
            for (List<Facts> group : byRoot.values()) {
                group.sort(BY_DATE_AND_COUNCIL);
                List<String> members = group.stream().map(Facts::key).toList();
                members.forEach(key -> out.put(key, members));
            }
            return out;
        }
    }
}
