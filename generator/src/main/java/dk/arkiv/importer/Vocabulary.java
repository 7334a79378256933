package dk.arkiv.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a document uses where no line break cuts them: the evidence for deciding whether
 * "ud-" + "viklingsgruppe" was one word or a real compound like "KlimaNord-sekretariatet".
 */
final class Vocabulary {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    private static final Pattern CUT_WORD = Pattern.compile("[\\p{L}\\p{N}]+-(?=\\s|$)");

    private final Set<String> lowerCase = new HashSet<>();
    private final Set<String> asWritten = new HashSet<>();
    private final Set<String> pairs = new HashSet<>();

    static Vocabulary of(List<TextLine> lines) {
        Vocabulary vocabulary = new Vocabulary();
        for (TextLine line : lines) {
            // Pieces cut by a line break ("ud-" at a line's end, "Hovedsta- den" in a torn cell) are no evidence.
            String text = CUT_WORD.matcher(line.text()).replaceAll(" ");
            Matcher m = WORD.matcher(text);
            String previous = null;
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (previous != null) {
                    vocabulary.pairs.add(previous + " " + word);
                }
                previous = word;
                vocabulary.asWritten.add(m.group());
                vocabulary.lowerCase.add(m.group().toLowerCase(Locale.ROOT));
                for (String part : m.group().split("-")) {
                    vocabulary.asWritten.add(part);
                    vocabulary.lowerCase.add(part.toLowerCase(Locale.ROOT));
                }
            }
        }
        return vocabulary;
    }

    boolean knows(String word) {
        return lowerCase.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The two words stand side by side somewhere in the document: "KKR Midtjylland", "EU Office". */
    boolean knowsPair(String first, String second) {
        return pairs.contains(first.toLowerCase(Locale.ROOT) + " " + second.toLowerCase(Locale.ROOT));
    }

    /** The word occurs, but only capitalised: a name, such as "Frigast". */
    boolean knowsOnlyAsName(String word) {
        return asWritten.contains(word) && !lowerCase.contains(word) && !word.equals(word.toLowerCase(Locale.ROOT))
                && !asWritten.contains(word.toLowerCase(Locale.ROOT));
    }
}
