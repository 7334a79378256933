/**
 * The publish stage: the files beside the pages that let people and machines follow the archive —
 * Atom feeds, iCalendar files, the sitemap and robots.txt. Each is a pure function of the linked
 * archive and the site configuration, with absolute addresses from the base URL.
 */
package dk.arkiv.publish;
