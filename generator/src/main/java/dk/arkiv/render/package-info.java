/**
 * The render stage: Markdown to sanitised HTML, and pages through Freemarker templates into bytes.
 * Each engine is built once per build and shared by the threads that render.
 */
package dk.arkiv.render;
