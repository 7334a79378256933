package dk.arkiv.importer;

/**
 * One cleaned line of a document.
 *
 * @param number the line's number in the source file, for messages
 * @param text the line without markup and surrounding spaces; empty for a blank line
 * @param emphasised the source set the whole line apart (a Markdown heading, bold or italic),
 *     a hint that it is a heading
 * @param spaces a blank line that held spaces: PDF exports use it between paragraphs, and an
 *     empty line between the wrapped lines of one paragraph
 */
record TextLine(int number, String text, boolean emphasised, boolean spaces) {

    boolean isBlank() {
        return text.isEmpty();
    }

    TextLine withText(String newText) {
        return new TextLine(number, newText, emphasised, spaces);
    }
}
