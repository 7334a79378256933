package dk.arkiv.importer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which council held the meeting: named in the header ("KKR MIDTJYLLAND"), in page footers
 * ("KKR Nordjylland | 20-09-2024") or in recommendations ("Det indstilles, at KKR Midtjylland ...").
 * Other councils' names in the text (a table of all five KKRs) count for little.
 */
final class CouncilRecogniser {

    private CouncilRecogniser() {
    }

    static Outcome<ImportContext.Council> recognise(Path file, ImportContext context, ImportOptions options,
                                                    List<Block> header, List<Block> all,
                                                    Map<String, Integer> footerNames) {
        if (options.council().isPresent()) {
            return context.council(options.council().get()).<Outcome<ImportContext.Council>>map(Outcome::done)
                    .orElseGet(() -> Outcome.refused(Problem.whole(file, "--council " + options.council().get()
                            + ": there is no content/councils/" + options.council().get() + ".yaml")));
        }
        Map<ImportContext.Council, Integer> scores = new LinkedHashMap<>();
        for (ImportContext.Council council : context.councils().values()) {
            String name = council.name().toLowerCase(Locale.ROOT);
            int score = 0;
            for (Block block : header.subList(0, Math.min(header.size(), 20))) {
                String text = block.text().toLowerCase(Locale.ROOT);
                score += text.equals(name) ? 5 : text.contains(name) && text.length() < 80 ? 2 : 0;
            }
            for (Map.Entry<String, Integer> footer : footerNames.entrySet()) {
                score += footer.getKey().equalsIgnoreCase(council.name()) ? 3 * footer.getValue() : 0;
            }
            for (Block block : all) {
                score += block.text().toLowerCase(Locale.ROOT).contains("indstilles, at " + name) ? 1 : 0;
            }
            if (score > 0) {
                scores.put(council, score);
            }
        }
        Optional<Map.Entry<ImportContext.Council, Integer>> best = scores.entrySet().stream()
                .max(Map.Entry.comparingByValue());
        long tied = best.map(b -> scores.values().stream().filter(v -> v.equals(b.getValue())).count()).orElse(0L);
        if (best.isEmpty() || tied > 1) {
            return Outcome.refused(Problem.whole(file, (best.isEmpty() ? "no council named in the header, page"
                    + " footers or 'Det indstilles, at ...' lines" : "the text names several councils equally often")
                    + "; pass --council ID (one of: " + String.join(", ", context.councils().keySet()) + ")"));
        }
        return Outcome.done(best.get().getKey());
    }
}
