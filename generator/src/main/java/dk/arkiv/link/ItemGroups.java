package dk.arkiv.link;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups of items (the same matter in several councils, or the occurrences of a recurring item),
 * looked up by the key of any member. Linking finds the groups as keys; each group becomes a list of
 * items when it is first asked for, since the preview server links the whole archive on every save
 * but asks for the groups of only a few items.
 */
public final class ItemGroups {
    private final Map<String, List<String>> groups;
    private final Function<String, PublishedItem> itemByKey;
    /** Members of a group share one list of keys, and so one list of items. */
    private final Map<List<String>, List<PublishedItem>> made = new IdentityHashMap<>();
    /** Each group's members by their place in it, made when first asked for. */
    private final Map<List<String>, Map<String, Integer>> places = new IdentityHashMap<>();

    ItemGroups(Map<String, List<String>> groups, Function<String, PublishedItem> itemByKey) {
        this.groups = groups;
        this.itemByKey = itemByKey;
    }

    /** The keys of the group of the item with this key, oldest first; empty when the item is in none. */
    List<String> keysOf(String key) {
        return groups.getOrDefault(key, List.of());
    }

    /**
     * The place of the item with this key in its group, or -1 when it is in none. Looked up, not
     * searched: an item that recurs at every meeting has a group of thousands, each of whose
     * members asks for its place.
     */
    int placeOf(String key) {
        List<String> group = groups.get(key);
        if (group == null) {
            return -1;
        }
        Map<String, Integer> byKey;
        synchronized (places) {
            byKey = places.computeIfAbsent(group, ItemGroups::placesIn);
        }
        return byKey.get(key);
    }

    private static Map<String, Integer> placesIn(List<String> group) {
        Map<String, Integer> byKey = new HashMap<>(group.size() * 2);
        for (int i = 0; i < group.size(); i++) {
            byKey.put(group.get(i), i);
        }
        return byKey;
    }

    /** The group of the item with this key, oldest first; empty when the item is in none. */
    public List<PublishedItem> of(String key) {
        List<String> group = groups.get(key);
        if (group == null) {
            return List.of();
        }
        synchronized (made) {
            return made.computeIfAbsent(group, g -> g.stream().map(itemByKey).toList());
        }
    }
}
