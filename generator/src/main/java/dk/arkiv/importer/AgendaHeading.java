package dk.arkiv.importer;

/**
 * A group or item heading found in the text.
 *
 * @param index the block it is
 * @param closed the title marks a closed item: "(Lukket)", "Lukket punkt: ..."
 */
record AgendaHeading(int index, boolean group, String number, String title, boolean closed) {
}
