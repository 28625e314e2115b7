// Lower-case particles inside or at the start of personal names ("Bill de Blasio", "Ursula von der
// Leyen", "Abu Bakr al Baghdadi"), for every reader of names: bylines (extract/authors.ts) and the
// analysis' name runs and entity features.

export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'du',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
  'le',
  'la',
  'dos',
  'das',
  'ter',
  'ten',
]);
