package dk.arkiv.render;

import java.io.Writer;

/**
 * A Writer into a StringBuilder for one page on one thread. StringWriter appends to a
 * StringBuffer, which takes a lock for each of the thousands of small writes a page is made of.
 */
final class StringBuilderWriter extends Writer {
    private final StringBuilder text;

    StringBuilderWriter(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String string) {
        text.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
        text.append(string, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence chars) {
        text.append(chars);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
