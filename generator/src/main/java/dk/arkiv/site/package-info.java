/**
 * The site plan: every page with its URL (this package is the only place URLs are made) and the
 * page models that templates read. Presentation facts such as Danish dates are decided here too,
 * so templates only lay out what they are given.
 */
package dk.arkiv.site;
