package dk.arkiv.site;

import dk.arkiv.link.Municipality;
import dk.arkiv.link.Person;
import dk.arkiv.link.PublishedItem;
import dk.arkiv.link.PublishedMeeting;
import dk.arkiv.link.Slugs;
import dk.arkiv.model.Council;
import dk.arkiv.model.Party;
import dk.arkiv.model.Topic;

/**
 * The site's URL scheme. Paths are relative to the site root, without a leading slash; a path
 * ending in '/' is a directory whose page is its index.html. See docs/urls.md.
 */
public final class Urls {
    public static final String HOME = "";
    public static final String TOPICS = "emner/";
    public static final String PEOPLE = "personer/";
    public static final String MUNICIPALITIES = "kommuner/";
    public static final String PARTIES = "partier/";
    public static final String MEETINGS = "moeder/";
    public static final String SEARCH = "soeg/";
    public static final String DATA = "data/";
    public static final String DATA_INDEX = DATA + "index.json";
    public static final String DATA_COUNCILS = DATA + "councils.json";
    public static final String DATA_TOPICS = DATA + "topics.json";
    public static final String DATA_PEOPLE = DATA + "people.json";
    public static final String DATA_ARCHIVE = DATA + "archive.json";
    public static final String NOT_FOUND = "404.html";
    public static final String ASSETS = "assets/";
    public static final String FEED = "feed.xml";
    public static final String CALENDAR = "kalender.ics";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    private Urls() {
    }

    public static String council(Council council) {
        return council(council.id());
    }

    public static String council(String councilId) {
        return councilId + "/";
    }

    public static String meeting(PublishedMeeting meeting) {
        return meeting.council().id() + "/" + meeting.meeting().date() + "/";
    }

    /** The agenda shown beside the minutes of the same meeting. */
    public static String agenda(PublishedMeeting meeting) {
        return meeting(meeting) + "dagsorden/";
    }

    public static String item(PublishedItem item) {
        return item(item.meeting(), item.item().number());
    }

    public static String item(PublishedMeeting meeting, String number) {
        return meeting(meeting) + number.replace('.', '-') + "/";
    }

    public static String topic(Topic topic) {
        return topic(topic.id());
    }

    public static String topic(String topicId) {
        return TOPICS + topicId + "/";
    }

    /** The page of one older year of a long list (a topic's items, a party's meetings), under the list's page. */
    public static String year(String pagePath, int year) {
        return pagePath + year + "/";
    }

    public static String person(Person person) {
        return person(person.id());
    }

    public static String person(String personId) {
        return PEOPLE + personId + "/";
    }

    public static String municipality(Municipality municipality) {
        return municipality(municipality.name());
    }

    public static String municipality(String name) {
        return MUNICIPALITIES + Slugs.of(name) + "/";
    }

    public static String party(Party party) {
        return party(party.letter());
    }

    public static String party(String letter) {
        return PARTIES + Slugs.of(letter) + "/";
    }

    /** The Atom feed of a council's meetings. */
    public static String councilFeed(String councilId) {
        return council(councilId) + FEED;
    }

    /** The iCalendar file of a council's meetings. */
    public static String councilCalendar(String councilId) {
        return council(councilId) + CALENDAR;
    }

    /** The Atom feed of a topic's items. */
    public static String topicFeed(String topicId) {
        return topic(topicId) + FEED;
    }

    /** A meeting with its items as open data. */
    public static String meetingData(PublishedMeeting meeting) {
        return DATA + "meetings/" + meeting.council().id() + "/" + meeting.meeting().date() + ".json";
    }

    /** A file of the static search index that the search page's script fetches. */
    public static String searchIndex(String name) {
        return SEARCH + "indeks/" + name;
    }

    public static String asset(String name) {
        return ASSETS + name;
    }

    /**
     * The link from the page at {@code from} to {@code to}: relative, so the site works from any
     * host path and from disk; directory links name index.html unless the host serves it.
     */
    public static String relative(String from, String to, boolean directoryUrls) {
        return fromRoot(toRoot(from), to, directoryUrls);
    }

    /** The way from the page at {@code from} up to the site's root: "../" for each level, or "". */
    public static String toRoot(String from) {
        int depth = 0;
        for (int i = 0; i < from.length(); i++) {
            if (from.charAt(i) == '/') {
                depth++;
            }
        }
        return "../".repeat(depth);
    }

    /**
     * The link to {@code to} from a page whose way up to the root is {@code up} ({@link #toRoot}):
     * a page links many times, and its way up is found once.
     */
    public static String fromRoot(String up, String to, boolean directoryUrls) {
        if (!directoryUrls && (to.isEmpty() || to.endsWith("/"))) {
            return up + to + "index.html";
        }
        return up.isEmpty() && to.isEmpty() ? "./" : up + to;
    }
}
