package dk.arkiv.site;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Dates as Danish readers write them ("fredag 6. september 2024 kl. 10.00"). Spelled out here
 * rather than taken from the JDK's locale data, so output is the same on every JDK.
 */
public final class DanishDates {
    private static final String[] MONTHS = {"januar", "februar", "marts", "april", "maj", "juni", "juli",
        "august", "september", "oktober", "november", "december"};
    private static final String[] WEEKDAYS = {"mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
        "søndag"};

    private DanishDates() {
    }

    /** "6. september 2024" */
    public static String date(LocalDate date) {
        return date.getDayOfMonth() + ". " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    /** "fredag 6. september 2024" */
    public static String dateWithWeekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1] + " " + date(date);
    }

    /** "kl. 10.00" */
    public static String time(LocalTime time) {
        return String.format("kl. %02d.%02d", time.getHour(), time.getMinute());
    }

    public static String month(int month) {
        return MONTHS[month - 1];
    }
}
