package dk.arkiv.link;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The same matter in several places: across councils (KL sends one case to all five KKRs within a
 * few weeks) and over time in one council (recurring items). Items are compared only within
 * small buckets (a topic, a title), so the work grows with the archive, not with its square.
 */
final class SameMatter {
    /** KL's cases reach the five councils within about two months. */
    private static final long WINDOW_DAYS = 60;
    private static final double SIMILAR_TITLES = 0.5;

    private final Map<String, PublishedItem> byKey;
    private final Map<String, Set<String>> primaryTopics = new HashMap<>();
    private final Map<String, Set<String>> titleWords = new HashMap<>();

    SameMatter(List<PublishedItem> items, TopicMatcher matcher) {
        byKey = new HashMap<>();
        for (PublishedItem item : items) {
            String key = key(item);
            byKey.put(key, item);
            Set<String> topics = new HashSet<>(item.item().topics());
            topics.addAll(matcher.topicsIn(item.item().title()));
            primaryTopics.put(key, topics);
            titleWords.put(key, TitleWords.of(item.item().title()));
        }
    }

    /** "council/date/number", the form `same_as` uses. */
    static String key(PublishedItem item) {
        return item.meeting().key() + "/" + item.item().number();
    }

    /**
     * Items of other councils on the same matter: detected from a shared topic (explicit or in the
     * title) and similar titles within the window; an item's own same_as replaces detection for it.
     */
    Map<String, List<PublishedItem>> acrossCouncils() {
        UnionFind groups = new UnionFind();
        Set<String> explicit = new HashSet<>();
        byKey.forEach((key, item) -> {
            for (String other : item.item().sameAs()) {
                explicit.add(key);
                if (byKey.containsKey(other)) {
                    groups.union(key, other);
                }
            }
        });
        Map<String, List<String>> byTopic = new TreeMap<>();
        primaryTopics.forEach((key, topics) -> topics.forEach(t -> byTopic.computeIfAbsent(t, x -> new ArrayList<>()).add(key)));
        for (List<String> keys : byTopic.values()) {
            keys.sort(Comparator.comparing((String k) -> byKey.get(k).meeting().meeting().date()).thenComparing(k -> k));
            for (int i = 0; i < keys.size(); i++) {
                PublishedItem a = byKey.get(keys.get(i));
                for (int j = i + 1; j < keys.size(); j++) {
                    PublishedItem b = byKey.get(keys.get(j));
                    if (ChronoUnit.DAYS.between(a.meeting().meeting().date(), b.meeting().meeting().date()) > WINDOW_DAYS) {
                        break;
                    }
                    boolean otherCouncil = !a.meeting().council().id().equals(b.meeting().council().id());
                    if (otherCouncil && !explicit.contains(keys.get(i)) && !explicit.contains(keys.get(j))
                            && TitleWords.similarity(titleWords.get(keys.get(i)), titleWords.get(keys.get(j)))
                            >= SIMILAR_TITLES) {
                        groups.union(keys.get(i), keys.get(j));
                    }
                }
            }
        }
        return groups.members(byKey, SameMatter::byCouncilAndDate);
    }

    /** Each recurring item's occurrences in its own council, oldest first: items whose titles mean the same. */
    Map<String, List<PublishedItem>> overTime() {
        Map<String, List<PublishedItem>> chains = new HashMap<>();
        byKey.forEach((key, item) -> {
            Set<String> words = titleWords.get(key);
            if (!words.isEmpty()) {
                chains.computeIfAbsent(item.meeting().council().id() + "|" + String.join(" ", words),
                        k -> new ArrayList<>()).add(item);
            }
        });
        Map<String, List<PublishedItem>> out = new HashMap<>();
        for (List<PublishedItem> chain : chains.values()) {
            if (chain.stream().map(i -> i.meeting().key()).distinct().count() < 2) {
                continue;
            }
            chain.sort(SameMatter::byCouncilAndDate);
            List<PublishedItem> occurrences = List.copyOf(chain);
            chain.forEach(item -> out.put(key(item), occurrences));
        }
        return out;
    }

    private static int byCouncilAndDate(PublishedItem a, PublishedItem b) {
        return Comparator.comparing((PublishedItem i) -> i.meeting().meeting().date())
                .thenComparing(i -> i.meeting().council().id())
                .thenComparing(SameMatter::key)
                .compare(a, b);
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

        Map<String, List<PublishedItem>> members(Map<String, PublishedItem> byKey,
                                                 Comparator<PublishedItem> order) {
            Map<String, List<PublishedItem>> byRoot = new HashMap<>();
            for (String key : parent.keySet()) {
                byRoot.computeIfAbsent(root(key), r -> new ArrayList<>()).add(byKey.get(key));
            }
            byRoot.forEach((root, list) -> list.add(byKey.get(root)));
            Map<String, List<PublishedItem>> out = new HashMap<>();
            for (List<PublishedItem> group : byRoot.values()) {
                group.sort(order);
                List<PublishedItem> members = List.copyOf(group);
                group.forEach(item -> out.put(key(item), members));
            }
            return out;
        }
    }
}
