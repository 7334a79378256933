package dk.arkiv.site;

import java.util.List;

/** The attendees of one municipality at a meeting. */
public record MunicipalityGroup(String name, String path, List<AttendeeView> attendees) {
}
