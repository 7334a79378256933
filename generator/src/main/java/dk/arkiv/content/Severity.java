package dk.arkiv.content;

import java.util.Locale;

/** How serious a diagnostic is: errors stop the build, warnings and notes do not. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
