// Compass words, shared by the entity recogniser (a feature of the tagger; the lower-case word
// stays outside a place's name, as in OntoNotes and GUM: "southern [Syria]") and the geocoder
// (which strips a compass word from a name to find the place itself).

/** Compass modifiers of a place: "northern Afghanistan". */
export const COMPASS: ReadonlySet<string> = new Set([
  'northern',
  'southern',
  'eastern',
  'western',
  'central',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'upper',
  'lower',
]);
