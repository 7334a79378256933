package dk.arkiv.site;

import java.text.CollationKey;
import java.util.Comparator;
import java.util.Set;

/**
 * A person as lists of members show them, with the councils, municipalities (as slugs) and
 * parties they are listed under. Made once per person and kept while linking keeps the person, so
 * a plan finds who belongs on a page without walking everyone's appearances.
 *
 * @param danishOrder the name's key in Danish alphabetical order, compared far faster than the name
 */
record ListedPerson(MemberSummary summary, CollationKey danishOrder, Set<String> councils,
                    Set<String> municipalities, Set<String> parties) {
    /** Danish alphabetical order, as {@link Summaries#danishOrder()} sorts names. */
    static final Comparator<ListedPerson> BY_NAME = Comparator.comparing(ListedPerson::danishOrder)
            .thenComparing(p -> p.summary().name());
}
