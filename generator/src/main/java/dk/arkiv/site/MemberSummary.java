package dk.arkiv.site;

/** A person in a list of members, with party and municipality as at their latest meeting. */
public record MemberSummary(String path, String name, String party, String partyPath, String municipality,
                            String municipalityPath, long present, long recorded) {
}
