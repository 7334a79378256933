package dk.arkiv.site;

/** An item as lists show it; {@code decision} is empty in agendas. */
public record ItemSummary(String path, String number, String title, boolean closed, MeetingSummary meeting,
                          Markdown decision) {
}
