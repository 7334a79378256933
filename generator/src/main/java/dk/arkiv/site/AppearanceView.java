package dk.arkiv.site;

/** A person's presence at one meeting, with party and municipality as they were then. */
public record AppearanceView(MeetingSummary meeting, boolean present, String party, String partyPath,
                             String municipality, String municipalityPath, String substituteForName,
                             String substituteForPath) {
}
