// The words people see for event modalities (the workbench's labels), and the reverse: the CLI and
// the API accept either the stored name ("asserted") or the word shown ("happened").
import { MODALITIES, type Modality } from './types.js';

export const MODALITY_LABEL: Readonly<Record<Modality, string>> = {
  asserted: 'happened',
  negated: 'did not happen',
  future: 'planned / future',
  possible: 'possible',
  hypothetical: 'hypothetical',
};

/** Further words people use for a modality, beyond its name and its label. */
const SYNONYMS: Readonly<Record<string, Modality>> = {
  planned: 'future',
  'not happened': 'negated',
  "didn't happen": 'negated',
};

/** The modality a name, label or synonym means (any case), or null when it means none. */
export function modalityFromWord(word: string): Modality | null {
  const w = word.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const m of MODALITIES) if (w === m || w === MODALITY_LABEL[m]) return m;
  return SYNONYMS[w] ?? null;
}
