package dk.arkiv.model;

import java.util.Optional;

/** Whether a meeting document is the agenda (before) or the minutes (after). */
public enum MeetingKind {
    AGENDA("dagsorden"),
    MINUTES("referat");

    private final String code;

    MeetingKind(String code) {
        this.code = code;
    }

    /** The word used in content files. */
    public String code() {
        return code;
    }

    public static Optional<MeetingKind> fromCode(String code) {
        for (MeetingKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
