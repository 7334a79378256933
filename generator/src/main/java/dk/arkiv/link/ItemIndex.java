package dk.arkiv.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The published items by meeting and by topic, each list in the meetings' order (their keys) and
 * within a meeting in the items' order. Made from all items once; after a save that changes,
 * adds or removes a few meetings, the last index is patched: a topic of decades lists tens of
 * thousands of items, and a save touches one meeting's run of them. The index of the last link
 * is never changed, since the preview compares the two.
 */
final class ItemIndex {
    /** More changed meetings than this, and the index is made anew rather than patched. */
    private static final int MOST_PATCHED = 64;

    record Items(Map<String, List<PublishedItem>> byMeeting, Map<String, List<PublishedItem>> byTopic) {
    }

    private Items last;

    /** The items made from scratch, for a one-off build. */
    static Items of(List<PublishedMeeting> meetings, List<List<PublishedItem>> itemsPerMeeting) {
        Map<String, List<PublishedItem>> byMeeting = new HashMap<>(meetings.size() * 2);
        Map<String, List<PublishedItem>> byTopic = new HashMap<>();
        for (int i = 0; i < meetings.size(); i++) {
            List<PublishedItem> ofMeeting = itemsPerMeeting.get(i);
            if (!ofMeeting.isEmpty()) {
                byMeeting.put(meetings.get(i).key(), ofMeeting);
            }
            for (PublishedItem item : ofMeeting) {
                for (String topic : item.topics()) {
                    byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(item);
                }
            }
        }
        // Sorted once at the end: a sorted map compares keys on every one of thousands of insertions.
        return new Items(byMeeting, new TreeMap<>(byTopic));
    }

    /**
     * The items of these meetings, patched from the last call's.
     *
     * @param replaced by key, the items the last call had of each meeting whose items were made
     *                 again, added (none) or removed since; null when every meeting's were made again
     */
    Items update(List<PublishedMeeting> meetings, List<List<PublishedItem>> itemsPerMeeting,
                 Map<String, List<PublishedItem>> replaced) {
        if (last == null || replaced == null || replaced.size() > MOST_PATCHED) {
            last = of(meetings, itemsPerMeeting);
        } else if (!replaced.isEmpty()) {
            last = patched(replaced, meetings, itemsPerMeeting);
        }
        return last;
    }

    private Items patched(Map<String, List<PublishedItem>> replaced, List<PublishedMeeting> meetings,
                          List<List<PublishedItem>> itemsPerMeeting) {
        Map<String, List<PublishedItem>> now = new HashMap<>();
        for (int i = 0; i < meetings.size() && now.size() < replaced.size(); i++) {
            if (replaced.containsKey(meetings.get(i).key())) {
                now.put(meetings.get(i).key(), itemsPerMeeting.get(i));
            }
        }
        Map<String, List<PublishedItem>> byMeeting = new HashMap<>(last.byMeeting());
        Map<String, List<PublishedItem>> byTopic = new TreeMap<>(last.byTopic());
        // The lists copied for this link: the last link's lists stay as they were.
        Map<String, List<PublishedItem>> copied = new HashMap<>();
        for (Map.Entry<String, List<PublishedItem>> change : replaced.entrySet()) {
            String key = change.getKey();
            List<PublishedItem> items = now.getOrDefault(key, List.of());
            if (items.isEmpty()) {
                byMeeting.remove(key);
            } else {
                byMeeting.put(key, items);
            }
            Set<String> topics = new TreeSet<>();
            if (change.getValue() != null) {
                change.getValue().forEach(item -> topics.addAll(item.topics()));
            }
            items.forEach(item -> topics.addAll(item.topics()));
            for (String topic : topics) {
                List<PublishedItem> list = copied.computeIfAbsent(topic,
                        t -> new ArrayList<>(byTopic.getOrDefault(t, List.of())));
                replaceRun(list, key, items.stream().filter(item -> item.topics().contains(topic)).toList());
                byTopic.put(topic, list);
            }
        }
        copied.forEach((topic, list) -> {
            if (list.isEmpty()) {
                byTopic.remove(topic);
            }
        });
        return new Items(byMeeting, byTopic);
    }

    /** Replaces the meeting's run of items in a list in the meetings' order with these. */
    private static void replaceRun(List<PublishedItem> list, String meetingKey, List<PublishedItem> items) {
        int start = firstNotBefore(list, meetingKey, false);
        int end = firstNotBefore(list, meetingKey, true);
        list.subList(start, end).clear();
        list.addAll(start, items);
    }

    /** The place of the first item of a meeting at or after the key ({@code after}: after the key). */
    private static int firstNotBefore(List<PublishedItem> list, String meetingKey, boolean after) {
        int low = 0;
        int high = list.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            int order = list.get(middle).meeting().key().compareTo(meetingKey);
            if (order < 0 || after && order == 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
