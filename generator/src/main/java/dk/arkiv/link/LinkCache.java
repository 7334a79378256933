package dk.arkiv.link;

import dk.arkiv.model.Council;
import dk.arkiv.model.Item;
import dk.arkiv.model.Topic;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What linking found in each item, kept between the preview server's builds: the topics whose
 * phrases occur in its text, the references in its sections, the facts same-matter detection
 * compares, and the groups detected. An item read from an unchanged file is the same object in the
 * next build (see {@code LoadCache}), so only the edited meeting's items are searched again;
 * searching is two thirds of linking a large archive. Items are held by identity (comparing whole
 * texts would cost what searching does); those no longer in the archive are dropped by the next link.
 */
public final class LinkCache {
    private final boolean remembers;
    private final Remembered<Item, List<String>> topics = new Remembered<>();
    private final Remembered<Item, List<List<Reference>>> references = new Remembered<>();
    private final Remembered<Item, SameMatter.Facts> facts = new Remembered<>();
    private List<SameMatter.Facts> factsGrouped;
    private SameMatter.Groups groups;
    private List<Topic> topicsSearchedFor;
    private List<Council> councilsSearchedFor;

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
            topicsSearchedFor = topicList;
        }
        if (!councils.equals(councilsSearchedFor)) {
            references.clear();
            councilsSearchedFor = councils;
        }
    }

    /** The topics found in each item, in the items' order. */
    List<List<String>> topicsOf(List<Item> items, Function<Item, List<String>> find) {
        return topics.all(items, item -> item, find, remembers);
    }

    /** The references in each section of each item. */
    List<List<List<Reference>>> referencesOf(List<Item> items, Function<Item, List<List<Reference>>> find) {
        return references.all(items, item -> item, find, remembers);
    }

    /** Each item's facts for same-matter detection; an item object belongs to one meeting, so its key is fixed. */
    List<SameMatter.Facts> factsOf(List<PublishedItem> items, Function<PublishedItem, SameMatter.Facts> find) {
        return facts.all(items, PublishedItem::item, find, remembers);
    }

    /** The same-matter groups, detected again only when some item's facts changed. */
    SameMatter.Groups sameMatter(List<SameMatter.Facts> itemFacts,
                                 Function<List<SameMatter.Facts>, SameMatter.Groups> detect) {
        if (!remembers) {
            return detect.apply(itemFacts);
        }
        if (!itemFacts.equals(factsGrouped)) {
            groups = detect.apply(itemFacts);
            factsGrouped = itemFacts;
        }
        return groups;
    }

    /** Results by item, as the last link left them. */
    private static final class Remembered<K, V> {
        private Map<K, V> known = new IdentityHashMap<>();

        void clear() {
            known = new IdentityHashMap<>();
        }

        /**
         * The results for all entries, in order: known ones are looked up, the others found in
         * parallel. Afterwards only this link's results are known.
         */
        <E> List<V> all(List<E> entries, Function<E, K> key, Function<E, V> find, boolean remember) {
            if (!remember) {
                return entries.parallelStream().map(find).toList();
            }
            List<V> results = new ArrayList<>(entries.size());
            List<Integer> missing = new ArrayList<>();
            for (E entry : entries) {
                V result = known.get(key.apply(entry));
                if (result == null) {
                    missing.add(results.size());
                }
                results.add(result);
            }
            List<V> found = missing.parallelStream().map(i -> find.apply(entries.get(i))).toList();
            for (int i = 0; i < missing.size(); i++) {
                results.set(missing.get(i), found.get(i));
            }
            Map<K, V> now = new IdentityHashMap<>(entries.size() * 2);
            for (int i = 0; i < entries.size(); i++) {
                now.put(key.apply(entries.get(i)), results.get(i));
            }
            known = now;
            return results;
        }
    }
}
