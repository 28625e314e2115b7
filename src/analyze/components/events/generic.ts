// Measures spoken of as a kind rather than as a measure someone took: "Tariffs on consumer
// products hit customers directly", "Don't tariffs produce revenue?", "consumers are the primary
// victims of tariffs". English marks such generic reference with a bare plural (no determiner, no
// possessive, no number or modifier naming whose or which), and a generic statement names no one
// who imposed the measure, no one it targets and no time (CGEL ch. 5, generic noun phrases). A
// bare plural with any of those is a real measure ("upping sanctions against Russians", "tariffs
// imposed on May 10").
import type { Event, EventType } from '../../../record/types.js';
import type { Token } from '../../doc.js';

/** Types whose nominal triggers are measures that economics and policy texts talk about as kinds. */
const MEASURE_TYPES: ReadonlySet<EventType> = new Set(['SANCTION']);
/** Modalities of a statement about a kind: what tariffs do, or do not do. */
const STATEMENT_MODALITIES = new Set(['asserted', 'negated']);
/** Tags before a noun that make its phrase specific: determiners, possessives, numbers, modifiers. */
const SPECIFYING_TAGS = new Set(['DET', 'PRON', 'NUM', 'ADJ', 'NOUN', 'PROPN']);
const PLURAL = /[^s]s$/;
/** The possessive clitic ("Trump's tariffs"). */
export const POSSESSIVE_CLITICS: ReadonlySet<string> = new Set(["'s", '’s']);

/** Modals of what a kind of measure could or would do ("tariffs could mean ..."). */
const MODALS: ReadonlySet<string> = new Set(['could', 'might', 'may', 'would', 'can']);
/**
 * Verbs after such a modal that tell of a measure taken or coming, not of what the kind does: the
 * passive's be and get ("could be imposed"), and WordNet 3.1's verbs of coming about (happen.v.1
 * "come to pass", follow.v.2 "come after in time", come.v.1, begin.v.2 / start.v.6 "have a beginning").
 */
const COMING_VERBS: ReadonlySet<string> = new Set(['be', 'get', 'happen', 'follow', 'come', 'begin', 'start']);

/** Whether an event is a measure spoken of generically: a bare plural noun with no actor, target or time. */
export function isGenericMeasure(event: Event, tokens: readonly Token[], at: number, nominal: boolean): boolean {
  if (!nominal || !MEASURE_TYPES.has(event.type)) return false;
  const noun = tokens[at];
  // A plural by its ending: the lemmatiser keeps some plurals whole ("sanctions").
  if (!PLURAL.test(noun.lower)) return false;
  const before = tokens[at - 1];
  if (before && (SPECIFYING_TAGS.has(before.pos) || POSSESSIVE_CLITICS.has(before.lower))) return false;
  // The bare plural as the subject of a modal and a verb of effect tells what such measures could do
  // ("tariffs could mean that producers pay more"): a kind whatever the rest of the sentence names.
  if (isModalEffect(tokens, at + 1)) return true;
  // A measure threatened or planned ("threatening them with sanctions") is one to come, not a kind.
  if (!STATEMENT_MODALITIES.has(event.modality)) return false;
  return event.actors.length === 0 && event.targets.length === 0 && event.time === null && event.place === null;
}

/** A modal at `at` followed by a verb that is not a passive's or one of coming about. */
function isModalEffect(tokens: readonly Token[], at: number): boolean {
  const modal = tokens[at];
  const verb = tokens[at + 1];
  return (
    !!modal &&
    !!verb &&
    MODALS.has(modal.lower) &&
    verb.pos === 'VERB' &&
    !COMING_VERBS.has(verb.lemma) &&
    verb.lower !== 'not'
  );
}
