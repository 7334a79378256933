/**
 * The importer: text exports of agendas (dagsorden) and minutes (referat), made from PDFs and Word
 * files, turned into meeting files in Arkiv's content format.
 *
 * <p>A pipeline of small stages, each with one job:
 * <pre>
 * SourceText ─▶ MarkdownResidue ─▶ PageFurniture ─▶ Boilerplate ─▶ Reflow ─▶ MeetingRecogniser ─▶ MeetingFile
 *  (read)        (stray markup)     (headers,        (cover, TOC,   (paragraphs,  (facts, people,     (front matter
 *                                    footers)         Mission)       hyphens)      items, sections)    + Markdown)
 * </pre>
 * {@link dk.arkiv.importer.Importer} runs it for one document; a problem is a value
 * ({@link dk.arkiv.importer.Problem}) with the file and line it concerns, never a stack trace.
 *
 * <p>Danish terms: punkt = item, dagsorden = agenda, referat = minutes, bilag = attachment,
 * afbud = apologies (absent), suppleant = substitute, sag = case file, lukket punkt = closed item.
 */
package dk.arkiv.importer;
