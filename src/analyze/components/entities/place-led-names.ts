// "[Ceres] Robotics", "[Indiana] Statehouse", "[London] Metal Exchange": the tagger may stop right
// after the place a longer capitalised name starts with, keeping the place alone where the
// company, the newspaper or the building named after it stands. cut-names.ts handles a span cut
// inside the name; this handles a span that is the place alone. The name is read whole when its
// last word says it names something else: a noun WordNet knows as an institution's or a
// building's head (institution-heads.ts), or a word of the dictionary that names no kind of place
// (named-after-places.ts), but not one that may name an event, a work or a post. taggedMentions
// then types it as it types such a name the tagger took whole (the institution keeps its place as
// a nested place mention). A place followed by a compass point alone ("Kowloon West", a police
// district; "Dublin West", a constituency) names a part of that place, read whole as the place
// (compass points: libpostal's English directionals, models/compass-points.txt, written by
// scripts/build-compass-points.mjs).
import type { Doc } from '../../doc.js';
import { newMention } from './classify.js';
import { institutionType } from './institution-heads.js';
import { isNamedAfterPlace } from './named-after-places.js';
import type { Run } from './runs.js';
import { hasNounOrSingular } from '../../../text/plural.js';
import { modelWordList } from '../../resources/model-lists.js';

/**
 * The name a place span opens: the span and the capitalised words right after it in its run, when
 * the last of them makes the name an institution, a building or something named after the place;
 * otherwise undefined. Not in a headline in title case, where every word is capitalised.
 */
export function nameLedByPlace(
  doc: Doc,
  [from, to]: [number, number],
  run: Run | undefined,
): [number, number] | undefined {
  if (!run || run.titleCase || run.tok[0] !== from || run.tok[1] <= to) return undefined;
  const { tokens } = doc;
  // A run goes on over "and" to a second name ("Ceres Robotics and Tyvak ..."): the first one ends there.
  let end = to;
  while (end < run.tok[1] && /^\p{Lu}/u.test(tokens[end].text)) end++;
  if (end === to) return undefined;
  const span: [number, number] = [tokens[from].span[0], tokens[end - 1].span[1]];
  const whole = newMention('GPE', span, [from, end], doc.text.slice(span[0], span[1]));
  if (institutionType(whole)) return whole.tok;
  if (end === to + 1 && compassPoints().has(tokens[to].lower)) return whole.tok;
  const last = tokens[end - 1].lower;
  return !hasNounOrSingular(eventNouns(), last) && isNamedAfterPlace(doc, whole) ? whole.tok : undefined;
}

/**
 * Nouns that may name an act, an event, a time, a message or a person (models/event-nouns.txt,
 * written by scripts/build-event-nouns.mjs from WordNet): a place and one of them is an event, a
 * work or a post ("Beijing Olympics", "Vietnam War", "U.S. Attorney"), whose place the tagger
 * rightly kept alone.
 */
const eventNouns = modelWordList('event-nouns.txt');
const compassPoints = modelWordList('compass-points.txt');
