package dk.arkiv.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;

/** Reads content files as UTF-8 text with LF line endings, or reports why it cannot. */
public final class TextFiles {
    /** Larger files are refused: no meeting document comes near this, and reading one is slow. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    private TextFiles() {
    }

    public static Optional<String> read(SourceFile file, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(file.path());
            if (size > MAX_BYTES) {
                diagnostics.error(file, 0, 0, "the file is " + size / (1024 * 1024)
                        + " MB; content files may be at most " + MAX_BYTES / (1024 * 1024)
                        + " MB: split it or move large text to an attachment");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            diagnostics.error(file, 0, 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        // The JDK's String constructor is the fast way to decode; it replaces invalid bytes with
        // U+FFFD, so only text that holds that character is decoded again, strictly.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0 && !isStrictUtf8(bytes)) {
            int line = lineOfFirstInvalidByte(bytes);
            diagnostics.error(file, line, 0, "the file is not UTF-8 text; save it as UTF-8"
                    + " (in most editors: Save As, Encoding: UTF-8)");
            return Optional.empty();
        }
        if (text.indexOf('\0') >= 0) {
            diagnostics.error(file, 0, 0, "the file contains binary data (NUL bytes); it is not a text file");
            return Optional.empty();
        }
        return Optional.of(normalise(text));
    }

    /** Drops a byte-order mark and turns CRLF and CR line endings into LF. */
    public static String normalise(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (t.indexOf('\r') < 0) {
            return t;
        }
        return t.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int lineOfFirstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }
}
