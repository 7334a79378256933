package dk.arkiv.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A Writer that encodes a page into UTF-8 bytes as it is written, for one page at a time on one
 * thread, and is then {@link #reset} for the next: its buffer is kept. A page written into a
 * StringBuilder was copied into a String and encoded afterwards, two more passes over every
 * character of the site. The bytes are what {@code String.getBytes(UTF_8)}
 * gives for the same text: a surrogate without its pair becomes '?'.
 */
final class Utf8Writer extends Writer {
    private byte[] bytes;
    private int length;
    private char[] scratch = new char[512];
    /** A high surrogate at the end of the last write, waiting for its low half. */
    private char pendingHigh;
    /** The entity of each ASCII character that HTML text must not hold as it is, else null. */
    private static final String[] ENTITIES = new String[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ENTITIES[c] = HtmlOutputFormat.entity(c);
        }
    }

    Utf8Writer(int capacity) {
        bytes = new byte[capacity];
    }

    @Override
    public void write(int c) {
        char[] one = {(char) c};
        write(one, 0, 1);
    }

    @Override
    public void write(String string) {
        write(string, 0, string.length());
    }

    @Override
    public void write(String string, int offset, int count) {
        write(string, offset, count, false);
    }

    /** Text escaped for HTML as {@link HtmlOutputFormat} escapes it, in the same pass as it is encoded. */
    void writeHtmlText(String text) {
        write(text, 0, text.length(), true);
    }

    private void write(String string, int offset, int count, boolean escapeHtml) {
        if (scratch.length < count) {
            scratch = new char[Math.max(count, scratch.length * 2)];
        }
        string.getChars(offset, offset + count, scratch, 0);
        write(scratch, 0, count, escapeHtml);
    }

    @Override
    public Writer append(CharSequence chars) {
        write(chars.toString());
        return this;
    }

    @Override
    public void write(char[] chars, int offset, int count) {
        write(chars, offset, count, false);
    }

    private void write(char[] chars, int offset, int count, boolean escapeHtml) {
        // At most three bytes a character, or an entity of at most six; a pair of surrogates takes four for two.
        room(6 * count + 3);
        byte[] out = bytes;
        int at = length;
        int end = offset + count;
        int i = offset;
        if (pendingHigh != 0) {
            if (i < end && Character.isLowSurrogate(chars[i])) {
                at = fourBytes(Character.toCodePoint(pendingHigh, chars[i++]), out, at);
            } else {
                out[at++] = '?';
            }
            pendingHigh = 0;
        }
        while (i < end) {
            // Runs of ASCII, most of a page, in a loop of their own.
            char c;
            if (escapeHtml) {
                while (i < end && (c = chars[i]) < 0x80 && ENTITIES[c] == null) {
                    out[at++] = (byte) c;
                    i++;
                }
            } else {
                while (i < end && (c = chars[i]) < 0x80) {
                    out[at++] = (byte) c;
                    i++;
                }
            }
            if (i == end) {
                break;
            }
            c = chars[i];
            if (c < 0x80) {
                String entity = ENTITIES[c];
                for (int e = 0; e < entity.length(); e++) {
                    out[at++] = (byte) entity.charAt(e);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xc0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[at++] = (byte) (0xe0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[at++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                at = fourBytes(Character.toCodePoint(c, chars[++i]), out, at);
            } else if (Character.isHighSurrogate(c) && i + 1 == end) {
                pendingHigh = c;
            } else {
                out[at++] = '?';
            }
            i++;
        }
        length = at;
    }

    private static int fourBytes(int code, byte[] out, int at) {
        out[at++] = (byte) (0xf0 | code >> 18);
        out[at++] = (byte) (0x80 | code >> 12 & 0x3f);
        out[at++] = (byte) (0x80 | code >> 6 & 0x3f);
        out[at++] = (byte) (0x80 | code & 0x3f);
        return at;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Empties the writer for the next page, keeping its buffer. */
    void reset() {
        length = 0;
        pendingHigh = 0;
    }

    /** The page's bytes; a surrogate still waiting for its pair is written as '?'. */
    byte[] toByteArray() {
        finish();
        return Arrays.copyOf(bytes, length);
    }

    /**
     * The page's bytes with every occurrence of {@code from} replaced by {@code to}, copied once
     * into an array of the final size.
     */
    byte[] toByteArray(byte[] from, byte[] to) {
        finish();
        int[] found = new int[8];
        int count = 0;
        for (int at = indexOf(from, 0); at >= 0; at = indexOf(from, at + from.length)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = at;
        }
        byte[] out = new byte[length + count * (to.length - from.length)];
        int run = 0;
        int written = 0;
        for (int k = 0; k < count; k++) {
            int at = found[k];
            System.arraycopy(bytes, run, out, written, at - run);
            written += at - run;
            System.arraycopy(to, 0, out, written, to.length);
            written += to.length;
            run = at + from.length;
        }
        System.arraycopy(bytes, run, out, written, length - run);
        return out;
    }

    private void finish() {
        if (pendingHigh != 0) {
            room(1);
            bytes[length++] = '?';
            pendingHigh = 0;
        }
    }

    private int indexOf(byte[] wanted, int from) {
        outer:
        for (int i = from; i <= length - wanted.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
