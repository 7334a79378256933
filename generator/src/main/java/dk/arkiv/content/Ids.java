package dk.arkiv.content;

import java.util.regex.Pattern;

/** Ids are file names and URL parts: lowercase letters, digits and single hyphens. */
final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Ids() {
    }

    static boolean isValid(String id) {
        return ID.matcher(id).matches();
    }

    /** The id of a file named {@code <id>.<extension>}. */
    static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }
}
