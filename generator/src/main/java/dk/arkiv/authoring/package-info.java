/**
 * Help for the people who write the archive: new meeting and topic files that pass the check as
 * written, prefilled from what the archive already knows.
 */
package dk.arkiv.authoring;
