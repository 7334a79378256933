package dk.arkiv.site;

/** A member on a meeting page; party and substitute fields are empty strings when not given. */
public record AttendeeView(String name, String path, String party, String partyName, String partyPath,
                           String municipality, String municipalityPath, String substituteForName,
                           String substituteForPath) {
}
