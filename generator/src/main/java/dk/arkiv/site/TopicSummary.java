package dk.arkiv.site;

/** A topic as lists show it. */
public record TopicSummary(String path, String title, int itemCount) {
}
