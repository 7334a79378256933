package dk.arkiv.link;

import dk.arkiv.model.Item;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * preview server skip detection when a save changed no title, topic or same_as.
 */
final class SameMatter {
    /** KL's cases reach the five councils within about two months. */
    private static final long WINDOW_DAYS = 60;
    private static final double SIMILAR_TITLES = 0.5;
    private static final Comparator<Facts> BY_DATE_AND_COUNCIL = Comparator.comparing(Facts::date)
            .thenComparing(Facts::councilId).thenComparing(Facts::key);

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

    /** Both kinds of groups, detected side by side: the preview server detects them on many saves. */
    static Groups groups(List<Facts> facts) {
        CompletableFuture<Map<String, List<String>>> overTime = CompletableFuture.supplyAsync(() -> overTime(facts));
        Map<String, Facts> byKey = new HashMap<>(facts.size() * 2);
        facts.forEach(f -> byKey.put(f.key(), f));
        return new Groups(acrossCouncils(facts, byKey), overTime.join());
    }

    /**
     * Items of other councils on the same matter: detected from a shared topic (explicit or in the
     * title) and similar titles within the window; an item's own same_as replaces detection for it.
     */
    private static Map<String, List<String>> acrossCouncils(List<Facts> facts, Map<String, Facts> byKey) {
        UnionFind groups = new UnionFind();
        for (Facts item : facts) {
            for (String other : item.sameAs()) {
                if (byKey.containsKey(other)) {
                    groups.union(item.key(), other);
                }
            }
        }
        // An item whose same_as names others is grouped by that alone: it takes no part in detection.
        Map<String, List<Facts>> byTopic = new HashMap<>(); // the order of buckets changes no group
        for (Facts item : facts) {
            if (item.sameAs().isEmpty()) {
                item.primaryTopics().forEach(t -> byTopic.computeIfAbsent(t, x -> new ArrayList<>()).add(item));
            }
        }
        for (List<Facts> items : byTopic.values()) {
            items.sort(Comparator.comparing(Facts::date).thenComparing(Facts::key));
            for (int i = 0; i < items.size(); i++) {
                Facts a = items.get(i);
                for (int j = i + 1; j < items.size(); j++) {
                    Facts b = items.get(j);
                    if (ChronoUnit.DAYS.between(a.date(), b.date()) > WINDOW_DAYS) {
                        break;
                    }
                    if (!a.councilId().equals(b.councilId())
                            && TitleWords.similarity(a.titleWords(), b.titleWords()) >= SIMILAR_TITLES) {
                        groups.union(a.key(), b.key());
                    }
                }
            }
        }
        return groups.members(byKey);
    }

    /** Each recurring item's occurrences in its own council, oldest first: items whose titles mean the same. */
    private static Map<String, List<String>> overTime(List<Facts> facts) {
        Map<String, List<Facts>> chains = new HashMap<>();
        for (Facts item : facts) {
            if (!item.recurrence().isEmpty()) {
                chains.computeIfAbsent(item.recurrence(), k -> new ArrayList<>()).add(item);
            }
        }
        Map<String, List<String>> out = new HashMap<>();
        for (List<Facts> chain : chains.values()) {
            if (!atSeveralMeetings(chain)) {
                continue;
            }
            chain.sort(BY_DATE_AND_COUNCIL);
            List<String> occurrences = chain.stream().map(Facts::key).toList();
            occurrences.forEach(key -> out.put(key, occurrences));
        }
        return out;
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
