package dk.arkiv.search;

/**
 * Sorted document numbers written as short ASCII for the browser: either the gaps between them,
 * five bits per character with a sixth saying "more follows", or, when shorter, a bitmap of six
 * documents per character after a '*'. A word in most documents then costs a sixth of a byte each.
 */
final class Postings {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private Postings() {
    }

    /** @param documents ascending, without repeats */
    static String encode(int[] documents, int count) {
        if (count == 0) {
            return "";
        }
        String gaps = gaps(documents, count);
        int bitmapLength = 1 + documents[count - 1] / 6 + 1;
        return bitmapLength < gaps.length() ? bitmap(documents, count) : gaps;
    }

    private static String gaps(int[] documents, int count) {
        StringBuilder out = new StringBuilder(count * 2);
        int previous = -1;
        for (int i = 0; i < count; i++) {
            int gap = documents[i] - previous - 1;
            previous = documents[i];
            while (gap >= 32) {
                out.append(ALPHABET.charAt(32 | (gap & 31)));
                gap >>>= 5;
            }
            out.append(ALPHABET.charAt(gap));
        }
        return out.toString();
    }

    private static String bitmap(int[] documents, int count) {
        char[] bits = new char[documents[count - 1] / 6 + 1];
        int[] values = new int[bits.length];
        for (int i = 0; i < count; i++) {
            values[documents[i] / 6] |= 1 << (documents[i] % 6);
        }
        for (int i = 0; i < bits.length; i++) {
            bits[i] = ALPHABET.charAt(values[i]);
        }
        return "*" + new String(bits);
    }

    /** The inverse of {@link #encode}, as search.js does it; for tests. */
    static int[] decode(String encoded) {
        if (encoded.startsWith("*")) {
            return java.util.stream.IntStream.range(0, (encoded.length() - 1) * 6)
                    .filter(d -> (ALPHABET.indexOf(encoded.charAt(1 + d / 6)) & (1 << (d % 6))) != 0).toArray();
        }
        java.util.List<Integer> out = new java.util.ArrayList<>();
        int previous = -1;
        int gap = 0;
        int shift = 0;
        for (char c : encoded.toCharArray()) {
            int v = ALPHABET.indexOf(c);
            gap |= (v & 31) << shift;
            shift += 5;
            if (v < 32) {
                previous = previous + gap + 1;
                out.add(previous);
                gap = 0;
                shift = 0;
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
