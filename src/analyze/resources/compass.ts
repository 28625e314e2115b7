// Compass words, shared by the entity recogniser (a compass word before a place makes a LOC
// region) and the geocoder (which strips it to find the place itself).

/** Compass modifiers that turn a place into a LOC region: "northern Afghanistan". */
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
