/**
 * The archive's domain as immutable records. Imports no library.
 *
 * <p>Danish terms, glossed once: council = KKR (Kommunekontaktråd), meeting = møde,
 * agenda = dagsorden, minutes = referat, item = punkt (a case item on the agenda),
 * group = the agenda's numbered heading over items, section = afsnit (Baggrund, Indstilling,
 * Sagsfremstilling, Beslutning, Bilag), decision = beslutning, attachment = bilag,
 * absent = afbud, substitute = suppleant, topic = emne, municipality = kommune,
 * party = parti, closed item = lukket punkt.
 */
package dk.arkiv.model;
