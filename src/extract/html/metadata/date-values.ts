// Date checks shared by the metadata layers and the cascade.

/** A written year: a date is only trusted when its year is written, not guessed by a relative-
 * date reader ("Jan 1", "today" or "5 days ago" resolved against nothing). */
export const WRITTEN_YEAR = /(?<!\d)(19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2}(?!\d)/;

/** A date text that opens with an update label ("Updated March 12, 2026", "Last reviewed: ..."):
 * a modification date even when its element is classed as the publication date. */
export const UPDATE_LEAD =
  /^\s*(?:last\s+)?(?:updated|modified|reviewed|update[ds]?|aktualisiert|mis à jour|actualizado|aggiornato)\b/i;
