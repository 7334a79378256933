package dk.arkiv.link;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A reference in an item's text to another item or meeting: "jf. punkt 3.1", "mødet den
 * 18. juni 2024", "KKR Midtjylland den 6. september 2024".
 *
 * @param start where the linked words start in the text
 * @param end where they end (exclusive)
 * @param councilId the council named, or empty for the text's own council
 * @param date the meeting's date, for references to a meeting
 * @param itemNumber the item's number, for references to an item of the same meeting
 */
public record Reference(int start, int end, Optional<String> councilId, Optional<LocalDate> date,
                        Optional<String> itemNumber) {

    public boolean isItem() {
        return itemNumber.isPresent();
    }
}
