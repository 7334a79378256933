/**
 * The link stage: pure functions from the loaded archive to the cross-references the pages show
 * (what is public, topics of items, people across meetings, neighbouring meetings). No I/O.
 */
package dk.arkiv.link;
