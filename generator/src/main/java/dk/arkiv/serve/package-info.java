/**
 * The preview server: builds into memory, rebuilds what changed when content or templates change,
 * reloads the open page, and shows build errors in the browser instead of a stale site. It serves
 * only from memory, never from the file system.
 */
package dk.arkiv.serve;
