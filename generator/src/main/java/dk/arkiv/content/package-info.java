/**
 * Reading content/: text files, YAML front matter with line numbers, Markdown outlines, and the
 * problems found on the way, each with its file and line.
 */
package dk.arkiv.content;
