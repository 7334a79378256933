/**
 * Arkiv: a static-site generator for public meeting archives. {@link dk.arkiv.Arkiv} runs the
 * pipeline load → link → plan → render → write; each stage is a package of its own.
 */
package dk.arkiv;
