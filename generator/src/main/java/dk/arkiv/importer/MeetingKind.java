package dk.arkiv.importer;

import java.util.Locale;
import java.util.Optional;

/** Agenda (dagsorden) or minutes (referat); the code is what the content format writes. */
public enum MeetingKind {
    AGENDA("dagsorden"), MINUTES("referat");

    private final String code;

    MeetingKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<MeetingKind> fromCode(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (MeetingKind kind : values()) {
            if (kind.code.equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
