package dk.arkiv.importer;

/**
 * A paragraph, list entry, table row or heading line after reflowing: the unit the recognisers
 * read.
 *
 * @param line the source line it starts on
 * @param emphasised the source set it apart as a heading (Markdown heading, bold or italic line)
 */
record Block(int line, String text, Shape shape, boolean emphasised) {

    enum Shape { PARAGRAPH, BULLET, TABLE_ROW }

    boolean isBullet() {
        return shape == Shape.BULLET;
    }
}
