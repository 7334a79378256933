package dk.arkiv.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random texts of prose and markup, for comparing the prose shortcuts with the parser. */
final class RandomMarkdown {
    /** Pieces of prose, markup, white space and line ends that the texts are made of. */
    static final String[] PIECES = {"a", "Ø", "ord", "2024", " ", "  ", "\n", "\n\n", "\n \n", ".", ",", "-", "*", "_",
            "#", ">", "\"", "'", "1.", "[", "]", "(", ")", "!", "`", "&", "amp;", "<", "\\", "\t", "=", "~", "|", ":", "é",
            "\u00a0", "–", "https://kl.dk", "www.kl.dk", "\n- ", "\n- Punkt", "- ", "\n-  ", "\n- - ", "\f", "\u000b",
            "\u2028", "\r\n", "+ ", "* ", "1) ", "\n    ", "-\n", "- \n", "--", "\n===\n", "\n---\n", "![", "](", "&#",
            "<a>", "\\\n", "\n\n- ", "\n- a\n", "Æ", "\u0130", "Σ", "\uD83D\uDE00"};

    private RandomMarkdown() {
    }

    /** {@code count} texts of 1 to 12 pieces each, the same for the same seed. */
    static List<String> texts(long seed, int count) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            texts.add(text.toString());
        }
        return texts;
    }
}
