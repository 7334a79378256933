package dk.arkiv.site;

import dk.arkiv.link.Person;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.PublishedMeeting;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The summaries of meetings and items that plans share, and each meeting's published files, kept
 * from one plan to the next in the preview server. A topic page lists thousands of items: after a
 * save that changes what it shows of one item, the page is planned again from the summaries of the
 * others, which are kept, and it is compared with the last plan's page by identity for all those.
 * A summary is made only from its published meeting or item, which linking keeps as the same
 * object while its file is unchanged; a summary is reused only for that very object. The same
 * holds for people, whom linking keeps while their appearances are unchanged.
 */
public final class SummaryCache {
    final Kept<PublishedMeeting, MeetingSummary> meetings = new Kept<>();
    final Kept<PublishedItem, ItemSummary> items = new Kept<>();
    final Kept<Person, ListedPerson> people = new Kept<>();
    final Kept<PublishedMeeting, AttendancePlaces> places = new Kept<>();
    final Kept<PublishedMeeting, List<SitePlan.PublishedFile>> files = new Kept<>();

    /** Forgets everything, as when every page is planned anew. */
    void clear() {
        meetings.byKey.clear();
        items.byKey.clear();
        people.byKey.clear();
        places.byKey.clear();
        files.byKey.clear();
    }

    /** Summaries by meeting or item key, each with the object it was made from. */
    static final class Kept<K, V> {
        private record Entry<K, V>(K madeFrom, V summary) {
        }

        private final Map<K, Entry<K, V>> byKey = new ConcurrentHashMap<>();

        V summary(K object, Function<K, V> make) {
            Entry<K, V> entry = byKey.get(object);
            if (entry == null || entry.madeFrom() != object) {
                // One summary per object even when threads ask at once: pages compare them by identity first.
                entry = byKey.compute(object, (k, known) -> known != null && known.madeFrom() == object
                        ? known : new Entry<>(object, make.apply(object)));
            }
            return entry.summary();
        }
    }
}
