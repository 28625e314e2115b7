// Trigger words derived from WordNet 3.1 (models/event-triggers.txt, written by
// scripts/build-event-triggers.mjs from seed synsets chosen by PLOVER's definitions): the long
// tail of wordings the hand lexicon (lexicon.ts) does not list ("lambasted", "spurned",
// "apprehended", "conscription"). A word is used only when no hand entry has it as its head: the
// hand entries, with their neighbour constraints, always win. Read once, when the trigger index is
// built.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventType } from '../../../record/types.js';
import { PACKAGE_ROOT } from '../../../package-root.js';
import type { TriggerEntry } from './lexicon.js';

const PATH = join(PACKAGE_ROOT, 'models', 'event-triggers.txt');

/** The WordNet entries, by category, whose heads `handHeads` does not hold: `verb out` -> head "verb", next "out". */
export function wordnetEntries(handHeads: ReadonlySet<string>): [EventType, TriggerEntry][] {
  const out: [EventType, TriggerEntry][] = [];
  for (const line of readFileSync(PATH, 'utf8').split('\n')) {
    if (!line) continue;
    const [type, pos, word] = line.split('\t');
    const [head, particle] = word.split(' ');
    if (handHeads.has(head)) continue;
    out.push([
      type as EventType,
      particle ? { head, pos: pos as 'verb' | 'noun', next: [particle] } : { head, pos: pos as 'verb' | 'noun' },
    ]);
  }
  return out;
}
