package dk.arkiv.site;

/** A council as lists show it. */
public record CouncilSummary(String path, String name, String region, int meetingCount) {
}
