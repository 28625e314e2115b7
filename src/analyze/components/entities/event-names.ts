// "the 15th [Dubai] Air Show", "the [Los Angeles] Auto Show", "the [Indiana] State Fair": the
// tagger keeps the place an event's name opens, and the place's word alone is a cut name (the
// record has no type for an event, so the longer name cannot be given one). A place the tagger
// found that opens a capitalised name whose last word heads the names of shows, fairs, festivals,
// contests and meetings (models/event-heads.txt, written by scripts/build-event-heads.mjs from
// WordNet: "Show", "Fair", "Festival", "Games", "Marathon", "Summit", "Championships") is no
// mention of the place, unless the gazetteer knows the whole name as a place. Not in a headline
// in title case, where every word is capitalised. Read once, on first use.
import type { Doc } from '../../doc.js';
import type { Run } from './runs.js';
import { hasNounOrSingular } from '../../../text/plural.js';
import { modelWordList } from '../../resources/model-lists.js';
import { knownPlaces } from '../../resources/gazetteer.js';
import { isGivenName } from '../../../text/given-names.js';
import type { Mention } from './classify.js';

const eventHeads = modelWordList('event-heads.txt');

/**
 * The tokens [first, end) of the event's name a place span [from, to) opens (the run's words up to
 * `from` and the capitalised words right after the span), or undefined when the span opens no
 * such name.
 */
export function eventNameOfPlace(
  doc: Doc,
  [from, to]: [number, number],
  run: Run | undefined,
): [number, number] | undefined {
  if (!run || run.titleCase || run.tok[0] > from || run.tok[1] <= to) return undefined;
  const { tokens } = doc;
  let end = to;
  while (end < run.tok[1] && /^\p{Lu}/u.test(tokens[end].text)) end++;
  if (end === to || !hasNounOrSingular(eventHeads(), tokens[end - 1].lower)) return undefined;
  const name = doc.text.slice(tokens[run.tok[0]].span[0], tokens[end - 1].span[1]);
  return knownPlaces(name).length > 0 ? undefined : [run.tok[0], end];
}

/**
 * Drops the names of events the tagger read whole as a person or a place ("the inaugural [Davis
 * Cup Finals]"): a mention of two words or more typed PERSON, GPE or LOC whose last word heads
 * events' names, unless the gazetteer knows it as a place. A person's surname may be such a word
 * ("Lorenzo Fair"), so a person's name with a given name first is kept unless its last word is
 * in the plural ("Finals", "Games").
 */
export function dropEventNames(_doc: Doc, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => !isEventName(m));
}

function isEventName(m: Mention): boolean {
  if ((m.type !== 'PERSON' && m.type !== 'GPE' && m.type !== 'LOC') || m.tok[1] - m.tok[0] < 2) return false;
  const words = m.text.split(' ');
  const last = words[words.length - 1];
  const low = last.toLowerCase();
  if (!/^\p{Lu}/u.test(last) || !hasNounOrSingular(eventHeads(), low)) return false;
  if (
    m.type === 'PERSON' &&
    isGivenName(words[0].toLowerCase()) &&
    !(low.endsWith('s') && eventHeads().has(low.slice(0, -1)))
  )
    return false;
  return knownPlaces(m.text).length === 0;
}
