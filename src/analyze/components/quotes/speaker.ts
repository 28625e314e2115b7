// Finding the speaker of a cue: the noun phrase before it ("Sergey Markov, director of ..., says"),
// after it ("said Mr. Podesta") or after "according to"; then resolving that phrase to an entity
// through the entity mentions the entities component found, with a small salience-based resolver
// for pronouns and role nouns ("he", "the Russian leader").
import type { Entity, Span } from '../../../record/types.js';
import type { Token } from '../../doc.js';
import { englishGivenNameSex } from '../../../text/given-names.js';
import { isThinkTank, VERB_POS } from './cues.js';
import { roleNouns } from '../entities/role-words.js';

/** Tokens that can sit inside a speaker noun phrase. */
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM']);
/** Between a subject and its verb: auxiliaries and adverbs ("has also said", "would not say"). */
const BETWEEN_SUBJECT_AND_VERB = new Set(['AUX', 'ADV', 'PART']);
/** The most tokens skipped between a subject and its cue, and the longest phrase taken. */
const MAX_SKIP = 3;
/** A verb after these shares the subject of the verb before ("... and said"). */
const COORDINATORS = new Set(['and', 'but']);
const MAX_NP_TOKENS = 10;
/** The longest appositive or relative clause jumped over ("Markov, director of ..., says"). */
const MAX_APPOSITIVE_TOKENS = 25;
const QUOTE_MARK_TOKEN_RE = /^(?:[“”"«»]|'')$/;

/** Pronouns that are only ever possessive ("her" is an object too, so it is left out). */
const POSSESSIVE_ONLY = new Set(['my', 'our', 'your', 'their', 'its', 'his']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'they', 'you', 'it']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
/**
 * Entity types of places and nationalities, which modify a body's name ("the Inner Mongolia health
 * commission", "the Syrian defense ministry").
 */
const PLACE_TYPES: ReadonlySet<string> = new Set(['GPE', 'LOC', 'NORP']);
/** Determiners of a definite description, which may refer back to a person named before ("the governor"). */
const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that']);
/**
 * Heads of definite descriptions that name a person by role ("the Russian leader", "the
 * president"); when the entities component left them unlinked they go to the salient person.
 */
const PERSON_ROLE_NOUNS = new Set([
  'leader',
  'president',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'governor',
  'senator',
  'candidate',
  'nominee',
  'businessman',
  'businesswoman',
  'mayor',
  'director',
  'chairman',
  'chairwoman',
  'secretary',
  'chief',
  'premier',
  'chancellor',
  'king',
  'queen',
  'prince',
  'general',
  'commander',
  'ambassador',
  'diplomat',
  'lawmaker',
  'congressman',
  'congresswoman',
  'representative',
  'analyst',
  'expert',
  'professor',
  'author',
  'founder',
  'manager',
  'executive',
  'judge',
  'attorney',
  'lawyer',
  'prosecutor',
  'man',
  'woman',
  'mogul',
  'billionaire',
  'democrat',
  'republican',
]);
/** How far back (characters) a pronoun may look for its antecedent. */
const MAX_ANTECEDENT_DISTANCE = 3000;

export interface Speaker {
  text: string;
  span: Span;
  entity: string | null;
  /** The writer's own "I" / "we" (outside quotation marks): the article's author(s) speak (writer.ts). */
  writer?: boolean;
  /**
   * For a relative pronoun ("who", "which", "that"), the words from the phrase it stands for to the
   * pronoun ("the number who", "Mark Sedwill, who"): the record names them as the speaker's words
   * (index.ts), while the rules keep reading the pronoun's own span. The pronoun stays inside, as
   * PolNeAR's annotators mark it as the source.
   */
  antecedent?: { text: string; span: Span };
}

/**
 * The writer's first person: outside quotation marks, "I" and "we" are the article's authors, and
 * so are "my" and "our" holding a view ("in my opinion", "my view is that").
 */
const WRITER_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'my', 'our']);

export const isPossessive = (t: Token) => t.pos === 'PART' && /^['’]s$/i.test(t.text);
/** Capitalised words are names whatever wink tagged them ("Loretta E. Lynch" has Lynch as a verb). */
const CAPITALISED_RE = /^\p{Lu}/u;
const isNominal = (t: Token) =>
  t.pos === 'PROPN' ||
  t.pos === 'NOUN' ||
  t.text === '%' ||
  QUANTIFIER_PRONOUNS.has(t.lower) ||
  (t.pos !== 'PUNCT' && t.pos !== 'PRON' && CAPITALISED_RE.test(t.text));
/** An article alone, capitalised or not, names no one ("The" of "The only two Arab states"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
/**
 * An adverb inside a noun phrase, between its determiner and an adjective or number ("A similarly
 * fresh Reuters poll", "The only two Arab states"): an adverb modifying a modifier is part of the
 * phrase (Huddleston and Pullum 2002, ch. 5 §14, 6 §1).
 */
const adverbInPhrase = (tokens: readonly Token[], k: number) =>
  tokens[k].pos === 'ADV' &&
  k > 0 &&
  k + 1 < tokens.length &&
  tokens[k - 1].pos === 'DET' &&
  (tokens[k + 1].pos === 'ADJ' || tokens[k + 1].pos === 'NUM') &&
  tokens[k - 1].sentence === tokens[k].sentence &&
  tokens[k + 1].sentence === tokens[k].sentence;
/** Quantifiers that stand for people alone ("many said", "most say", "others believe"). */
const QUANTIFIER_PRONOUNS: ReadonlySet<string> = new Set(['many', 'most', 'others', 'several', 'some', 'few']);
/** Prepositions inside a speaker phrase: "Mr. Morgan of the Sierra Club", "a narrator in the ad". */
const PP_LINKS = new Set(['of', 'in', 'at', 'from', 'for']);
/** Prepositions that link an adjective after a noun to its complement ("familiar with", "close to"). */
const ADJECTIVE_COMPLEMENT_LINKS = new Set(['with', 'to', 'about']);
const inNP = (t: Token) =>
  NP_POS.has(t.pos) ||
  t.text === '%' || // "42% say"
  isPossessive(t) ||
  (t.pos === 'ADP' && PP_LINKS.has(t.lemma)) ||
  (t.pos !== 'PUNCT' && t.pos !== 'PRON' && CAPITALISED_RE.test(t.text));

/** A hyphen glued to the words on both sides ("African-Americans", which wink splits in three). */
const isGluedHyphen = (tokens: readonly Token[], k: number) =>
  tokens[k].text === '-' &&
  k > 0 &&
  k + 1 < tokens.length &&
  tokens[k - 1].span[1] === tokens[k].span[0] &&
  tokens[k].span[1] === tokens[k + 1].span[0];
/** "and" or "&" between capitalised words inside one name ("Centers for Disease Control and Prevention"). */
const isNameConjunction = (tokens: readonly Token[], k: number) =>
  (tokens[k].text === 'and' || tokens[k].text === '&') &&
  k > 0 &&
  k + 1 < tokens.length &&
  CAPITALISED_RE.test(tokens[k - 1].text) &&
  CAPITALISED_RE.test(tokens[k + 1].text) &&
  !(k > 1 && tokens[k - 2].pos === 'NUM') && // "reached 1.64 GW and Seoul plans": a unit, no name
  tokens[k - 1].sentence === tokens[k].sentence;
const WORD_RE = /^[\p{L}\p{N}]/u;
const LOWER_START_RE = /^\p{Ll}/u;
/**
 * A word of a hyphenated modifier, whatever its tag, with a word of the phrase after the modifier:
 * "run" of "the state-run Xinhua", "well" of "a well-connected source" (not "out" of "The company
 * flat-out denied").
 */
const inHyphenatedModifier = (tokens: readonly Token[], k: number) => {
  if (!WORD_RE.test(tokens[k].text)) return false;
  let end: number;
  if (k > 1 && isGluedHyphen(tokens, k - 1)) end = k + 1;
  else if (k + 2 < tokens.length && isGluedHyphen(tokens, k + 1)) end = k + 3;
  else return false;
  return end < tokens.length && tokens[end].sentence === tokens[k].sentence && inNP(tokens[end]);
};
/**
 * A possessive apostrophe alone after a word ending in "s", which wink leaves a punctuation mark
 * ("the Adams’ lawyer", "Weeks’ family"): glued to that word, before a word of the phrase.
 */
const isPluralPossessive = (tokens: readonly Token[], k: number) =>
  /^['’]$/.test(tokens[k].text) &&
  k > 0 &&
  k + 1 < tokens.length &&
  tokens[k - 1].span[1] === tokens[k].span[0] &&
  /s$/i.test(tokens[k - 1].text) &&
  tokens[k].span[1] < tokens[k + 1].span[0] &&
  tokens[k + 1].sentence === tokens[k].sentence &&
  (tokens[k + 1].pos === 'NOUN' || tokens[k + 1].pos === 'PROPN' || tokens[k + 1].pos === 'ADJ');
const inNPAt = (tokens: readonly Token[], k: number) =>
  inNP(tokens[k]) ||
  isPluralPossessive(tokens, k) ||
  isGluedHyphen(tokens, k) ||
  inHyphenatedModifier(tokens, k) ||
  isNameConjunction(tokens, k) ||
  isThinkTank(tokens, k);

/** Token range [a, b) of the phrase ending just before token `end`, not reaching before `floor`. */
function phraseEndingAt(
  tokens: readonly Token[],
  phraseEnd: number,
  floor: number,
  relatives = true,
): [number, number] | null {
  let end = phraseEnd;
  const last = end - 1;
  if (last < floor) return null;
  // "Officials there said": a locative "there" after a noun belongs to its phrase.
  const locative = last > floor && /^there$/i.test(tokens[last].text) && NOMINAL_POS.has(tokens[last - 1].pos);
  if (tokens[last].pos === 'PRON' && !locative) return [last, end];
  if (locative) end = last;
  let a = end;
  for (;;) {
    while (
      a > floor &&
      end - a < MAX_NP_TOKENS &&
      (inNPAt(tokens, a - 1) ||
        possessiveAfterLink(tokens, a - 1, floor) ||
        (a - 1 > floor && adverbInPhrase(tokens, a - 1)))
    ) {
      a--;
      // A determiner opens the phrase, unless it follows "of" ("Mr. Morgan of the Sierra Club").
      if (
        tokens[a].pos === 'DET' &&
        !(a - 2 >= floor && PP_LINKS.has(tokens[a - 1].lemma) && tokens[a - 1].pos === 'ADP' && inNP(tokens[a - 2]))
      )
        break;
    }
    // "Two people briefed on the talks", "text messages provided to lawmakers": a reduced relative
    // clause belongs to the noun before it, which heads the phrase.
    if (relatives && a < end && end - a < MAX_NP_TOKENS - 2 && reducedRelativeBefore(tokens, a, floor)) a -= 2;
    else break;
  }
  while (a < end && ((tokens[a].pos === 'ADP' && PP_LINKS.has(tokens[a].lemma)) || isPossessive(tokens[a]))) a++;
  // "Would Adam Schiff have pleaded ...?": a question's auxiliary, capitalised, opens no name.
  if (a + 1 < end && tokens[a].pos === 'AUX' && INVERTED_AUXILIARIES.has(tokens[a].lower)) a++;
  if (!(a < end && tokens.slice(a, end).some(isNominal))) return null;
  // "the Ministry of Trade, Industry and Energy": the last items of a list inside a name.
  const name = a - 1 > floor && tokens[a - 1].text === ',' ? nameAroundList(tokens, a, end, floor) : -1;
  if (name >= 0) a = name;
  // "his team", "their lawyers": a third person's possessive determiner opens the phrase (the
  // writer's "my"/"our" are left to the writer's rules).
  if (a > floor && THIRD_PERSON_POSSESSIVES.has(tokens[a - 1].lower) && NP_POS.has(tokens[a].pos)) a--;
  return [a, locative ? end + 1 : end];
}
const NOMINAL_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * The first token of a capitalised name "X of Y" that ends at the comma before token `a`, when
 * tokens [a, end) are capitalised words joined by one "and" or "&": the last items of a list
 * inside the name ("Ministry of Trade, Industry and Energy", "Department of Health, Education and
 * Welfare"). -1 otherwise; a common noun before "of" ("the mayor of Boston, Smith and Jones") opens
 * no such name.
 */
function nameAroundList(tokens: readonly Token[], a: number, end: number, floor: number): number {
  const items = tokens.slice(a, end);
  const joins = items.filter((t) => t.text === 'and' || t.text === '&').length;
  if (
    items.length < 3 ||
    joins !== 1 ||
    !items.every((t) => CAPITALISED_RE.test(t.text) || t.text === 'and' || t.text === '&')
  )
    return -1;
  const comma = a - 1;
  if (comma - 3 < floor || tokens[comma - 2].lower !== 'of') return -1;
  if (!CAPITALISED_RE.test(tokens[comma - 1].text) || !CAPITALISED_RE.test(tokens[comma - 3].text)) return -1;
  return phraseEndingAt(tokens, comma, floor, false)?.[0] ?? -1;
}

/**
 * Auxiliaries that open a question before its subject ("Would", "Did", "Has"); not "Will" and "May",
 * which are also given names.
 */
const INVERTED_AUXILIARIES: ReadonlySet<string> = new Set([
  'would',
  'could',
  'should',
  'can',
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'must',
  'might',
  'shall',
]);
/** Words of a time that can end a reduced relative clause ("released Friday", "published last week"). */
const TIME_WORD_RE = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|week|month|year)$/i;

/** "of his chest", "of their staff": a possessive pronoun after a linking preposition, before a noun. */
const possessiveAfterLink = (tokens: readonly Token[], k: number, floor: number) =>
  k - 1 > floor &&
  POSSESSIVE_DETERMINERS.has(tokens[k].lower) &&
  tokens[k - 1].pos === 'ADP' &&
  PP_LINKS.has(tokens[k - 1].lemma) &&
  k + 1 < tokens.length &&
  NP_POS.has(tokens[k + 1].pos);
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set([...POSSESSIVE_ONLY, 'her']);
const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/** A past participle: wink gives no fine tag, so a verb not in its base, -ing or -s form. */
const PAST_PARTICIPLE_RE = /(?:ed|en|wn|ne|nt|t)$/i;
const isPastParticiple = (t: Token) => t.pos === 'VERB' && t.lower !== t.lemma && PAST_PARTICIPLE_RE.test(t.text);

/**
 * Whether the phrase starting at `a` is the object of a preposition after a past participle that
 * modifies a noun before it ("people | briefed on | the talks"). After a name the verb is the
 * name's own past tense ("Politifact | seized on | Trump's claim"), unless its agent follows ("Aides
 * | briefed by |", a capitalised noun wink may tag as a name) or a noun comes before the name
 * (nounBeforeName).
 */
function reducedRelativeBefore(tokens: readonly Token[], a: number, floor: number): boolean {
  return (
    a - 3 >= floor &&
    (tokens[a - 1].pos === 'ADP' || tokens[a - 1].lemma === 'to') &&
    isPastParticiple(tokens[a - 2]) &&
    (tokens[a - 3].pos === 'NOUN' ||
      (tokens[a - 3].pos === 'PROPN' && (tokens[a - 1].lemma === 'by' || nounBeforeName(tokens, a - 3, floor))))
  );
}

/**
 * Whether the name ending at token k follows a common noun, as the subject of an object relative
 * clause with no "that" ("text messages | Volker provided to | lawmakers").
 */
function nounBeforeName(tokens: readonly Token[], k: number, floor: number): boolean {
  while (k > floor && tokens[k - 1].pos === 'PROPN') k--;
  return k > floor && tokens[k - 1].pos === 'NOUN';
}

/** The subject before a cue starting at token `cue`, within the sentence starting at `floor`. */
export function subjectBefore(tokens: readonly Token[], cue: number, floor: number): [number, number] | null {
  let end = cue;
  while (
    end > floor &&
    cue - end < MAX_SKIP &&
    BETWEEN_SUBJECT_AND_VERB.has(tokens[end - 1].pos) &&
    !SUBORDINATORS.has(tokens[end - 1].lemma)
  )
    end--;
  if (end > floor && tokens[end - 1].text === ')') {
    // "Rep. Gwen Moore (D-Wis.) said": the bracketed party and state belong to the name.
    let k = end - 1;
    while (k > floor && end - k < MAX_APPOSITIVE_TOKENS && tokens[k].text !== '(') k--;
    if (tokens[k].text === '(') end = k;
  }
  if (end > floor && tokens[end - 1].text === ',') {
    // "Markov, director of the institute, says" / "Scott Pruitt, the attorney general of Oklahoma,
    // one of the states suing, said": jump back over the appositives to the leftmost name.
    let best: [number, number] | null = null;
    let object = false;
    for (
      let k = end - 2;
      k > floor && end - k < MAX_APPOSITIVE_TOKENS && !QUOTE_MARK_TOKEN_RE.test(tokens[k].text);
      k--
    ) {
      if (tokens[k].text !== ',') continue;
      const candidate = phraseEndingAt(tokens, k, floor);
      // "In a statement, the union said": a phrase inside a preposition is not the subject.
      if (candidate && candidate[0] > floor && tokens[candidate[0] - 1].pos === 'ADP') continue;
      // "The group that owns most of her music, Big Machine, says": the object of a relative
      // clause's verb is not the subject either; the phrase between the commas names the speaker.
      if (candidate && candidate[0] - 1 > floor && relativeVerbBefore(tokens, candidate[0] - 1)) {
        object = true;
        continue;
      }
      if (candidate && (!best || (isNominal(tokens[candidate[1] - 1]) && tokens[candidate[1] - 1].pos !== 'NOUN')))
        best = candidate;
    }
    return best ?? (object ? phraseEndingAt(tokens, end - 1, floor) : null);
  }
  if (end > floor && COORDINATORS.has(tokens[end - 1].lemma)) {
    // "He claimed vast wealth and said ...": the subject of the first verb says it.
    // "it is tempting to look around and feel ...": an infinitive's conjunct has no subject.
    if (end === cue && tokens[cue].lower === tokens[cue].lemma && infinitiveConjunct(tokens, end - 1, floor))
      return null;
    const contrast = contrastClauseSubject(tokens, end - 1, floor);
    if (contrast) return contrast;
    const relative = relativeConjunct(tokens, end - 1, floor);
    if (relative) return relative;
    let k = floor;
    while (k < end && (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'CCONJ')) k++;
    // "At the town hall, the mayor said ... and slammed ...": a prepositional phrase opening the
    // sentence is no subject; the phrase after it (past its comma) is.
    if (k < end && tokens[k].pos === 'ADP') {
      let comma = k + 1;
      while (comma < end && tokens[comma].text !== ',') comma++;
      const object = phraseAfter(tokens, k + 1, end);
      if (comma < end) k = comma + 1;
      else if (object) k = object[1];
      else return null;
    }
    // "His aides say ... but noted that ...": past a possessive determiner, as phraseEndingAt reads
    // the first verb's subject ("aides").
    if (k + 1 < end && POSSESSIVE_DETERMINERS.has(tokens[k].lower) && NP_POS.has(tokens[k + 1].pos)) k++;
    return phraseAfter(tokens, k, end);
  }
  let phrase = phraseEndingAt(tokens, end, floor);
  // "The latest poll released Friday shows": a time after a participle after a noun ends a reduced
  // relative clause; the noun's phrase is the subject.
  if (
    phrase &&
    phrase[1] - phrase[0] <= 2 &&
    phrase[0] - 2 >= floor &&
    TIME_WORD_RE.test(tokens[phrase[1] - 1].text) &&
    isPastParticiple(tokens[phrase[0] - 1]) &&
    NOMINAL_POS.has(tokens[phrase[0] - 2].pos)
  )
    phrase = phraseEndingAt(tokens, phrase[0] - 1, floor) ?? phrase;
  // "Smith and his team reported", "Lawyers and activists said": a phrase before "and" that opens
  // the clause is the first conjunct of the subject.
  if (phrase && phrase[0] - 1 > floor && tokens[phrase[0] - 1].lower === 'and') {
    const first = phraseEndingAt(tokens, phrase[0] - 1, floor);
    if (first && opensClause(tokens, first[0], floor)) phrase = [first[0], phrase[1]];
  }
  // A participle cue modifies the phrase right before it ("resolutions declaring ...", "responded
  // to critics accusing him", "footage of Trump saying"): that phrase speaks, not a reduced
  // relative clause around it; but a bare name after a verb's preposition ("Swift posted on
  // Twitter accusing ...") is a place or medium of the verb, whose subject the participle goes with.
  if (/ing$/i.test(tokens[cue].text)) {
    if (!phrase) return phrase;
    const unextended = phraseEndingAt(tokens, end, floor, false);
    // The phrase without the reduced relative clause that phraseEndingAt took it into.
    const near =
      unextended && unextended[0] > phrase[0] && tokens[unextended[0] - 1].pos === 'ADP' ? unextended : phrase;
    const p = near[0];
    if (
      tokens.slice(near[0], near[1]).every((t) => t.pos === 'PROPN' || t.pos === 'DET') &&
      p - 2 > floor &&
      tokens[p - 1].pos === 'ADP' &&
      tokens[p - 2].pos === 'VERB' &&
      !/ing$/i.test(tokens[p - 2].text)
    )
      return subjectBefore(tokens, p - 2, floor) ?? near;
    return near;
  }
  return (
    relativeClauseHead(tokens, phrase, floor) ??
    whoClauseHead(tokens, phrase, floor) ??
    headOfModifiedPhrase(tokens, phrase, floor)
  );
}

/** Words a relative pronoun may follow as its antecedent ("people who", "anybody that"). */
const ANTECEDENT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);
/** The longest object between a relative clause's verb and the "and" of its second verb. */
const MAX_RELATIVE_OBJECT_TOKENS = 6;

/**
 * The relative pronoun whose clause's second verb is the cue: "anybody that has a Touch Bar and
 * wants to use it", "people who live there and fear the floods". The relative's verb comes right
 * after it, then a short object with no punctuation, then "and": the cue shares the relative's
 * subject (resolveSpeaker gives the pronoun its antecedent). Null when the clause is not so built.
 */
function relativeConjunct(tokens: readonly Token[], and: number, floor: number): [number, number] | null {
  for (let v = and - 1; v > floor && and - v <= MAX_RELATIVE_OBJECT_TOKENS + 1; v--) {
    const t = tokens[v];
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const rel = tokens[v - 1];
    return RELATIVE_PRONOUNS.has(rel.lower) && v - 1 > floor && ANTECEDENT_POS.has(tokens[v - 2].pos)
      ? [v - 1, v]
      : null;
  }
  return null;
}

/** Whether a phrase starting at token `a` opens its clause: the sentence's start, or after punctuation or a conjunction. */
const opensClause = (tokens: readonly Token[], a: number, floor: number) =>
  a === floor || CLAUSE_OPENERS.has(tokens[a - 1].pos);

/**
 * The phrase before a cue that ends a "who" clause with no comma ("A spokesperson who did not wish
 * to be named because of agency policy said", "Officials who spoke with the families said") is
 * inside that clause: the subject is the phrase "who" stands for, when it opens its clause. Null
 * when the phrase opens its clause itself, or no such "who" is before it.
 */
function whoClauseHead(
  tokens: readonly Token[],
  phrase: [number, number] | null,
  floor: number,
): [number, number] | null {
  if (!phrase || opensClause(tokens, phrase[0], floor)) return null;
  for (let k = phrase[0] - 1; k > floor && phrase[0] - k < MAX_APPOSITIVE_TOKENS; k--) {
    const t = tokens[k];
    if (CLAUSE_PUNCTUATION.has(t.text) || QUOTE_MARK_TOKEN_RE.test(t.text)) return null;
    if (t.lower !== 'who' || t.pos !== 'PRON') continue;
    if (tokens[k - 1].text === ',') return null;
    const head = relativeAntecedent(tokens, k, floor);
    return head && opensClause(tokens, head[0], floor) ? head : null;
  }
  return null;
}

/** Whether token `k` is a verb right after a relative pronoun ("that owns", "who runs"). */
const relativeVerbBefore = (tokens: readonly Token[], k: number) =>
  VERB_POS.has(tokens[k].pos) && tokens[k - 1].pos === 'PRON' && RELATIVES.has(tokens[k - 1].lower);

/** Words that open a clause of its own after a comma, with its own subject ("..., while the police deny ..."). */
const CONTRAST_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'whereas']);

/**
 * The subject of the clause the coordinator at token `and` ends in, when that clause follows a
 * semicolon or a comma and "while" / "whereas" ("China said it is committed ..., while the city's
 * police deny accusations of brutality and say they show utmost restraint"): the conjunct's
 * subject is that clause's, not the sentence's first phrase. Null when there is no such clause or
 * no phrase right before its verb.
 */
function contrastClauseSubject(tokens: readonly Token[], and: number, floor: number): [number, number] | null {
  for (let j = and - 1; j > floor; j--) {
    const opens = tokens[j].text === ';' || (CONTRAST_SUBORDINATORS.has(tokens[j].lower) && tokens[j - 1].text === ',');
    if (!opens) continue;
    const phrase = phraseAfter(tokens, j + 1, and);
    return phrase && phrase[1] < and && VERB_POS.has(tokens[phrase[1]].pos) ? phrase : null;
  }
  return null;
}

/**
 * Whether the coordinator at token `and` joins its verb to an infinitive ("to look around at rival
 * shops and feel ..."): the nearest verb before it follows "to".
 */
function infinitiveConjunct(tokens: readonly Token[], and: number, floor: number): boolean {
  for (let k = and - 1; k > floor; k--) {
    if (CLAUSE_PUNCTUATION.has(tokens[k].text)) return false;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return tokens[k - 1].lemma === 'to';
  }
  return false;
}

const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set([',', ';', ':', '.', '—', '–', '--', '(', ')']);

/** Ordinals that stand as adverbs before an infinitive ("aim first to"), which wink tags as adjectives. */
const ORDINAL_ADVERBS: ReadonlySet<string> = new Set(['first', 'last', 'next']);

/**
 * "no reason to think", "the right to say", "every right to be outraged by": a noun's infinitive,
 * whose subject is not written.
 */
export function nounInfinitive(tokens: readonly Token[], cue: number, floor: number): boolean {
  let k = cue - 1;
  while (k > floor && cue - k < MAX_SKIP && tokens[k].pos === 'ADV') k--; // "no reason to even think"
  if (k > floor && tokens[k].lemma === 'be' && tokens[k].lower === 'be') k--; // "every right to be outraged by"
  if (!(k > floor && tokens[k].lemma === 'to' && tokens[k].pos === 'PART')) return false;
  // "aim first to understand": an adverb or "first" / "last" between the noun and "to".
  const before =
    k - 1 > floor && (tokens[k - 1].pos === 'ADV' || ORDINAL_ADVERBS.has(tokens[k - 1].lower)) ? k - 2 : k - 1;
  return tokens[before].pos === 'NOUN';
}

/**
 * Words that open a subordinate clause: skipped as adverbs they would make the phrase before them
 * the subject of a reduced clause's verb ("did not offer a response when asked about", "23 percent
 * when compared with"), whose subject is not written.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'when',
  'whenever',
  'where',
  'while',
  'once',
  'if',
  'unless',
  'until',
  'than',
  'as',
  'because',
  'though',
  'although',
]);
/** Relative pronouns, which stand for the phrase before them. */
/** Relative pronouns that open a clause on a phrase ("Websites that shared", "the number who said"). */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/**
 * The phrase before a cue that is the object of a verb in a relative clause ("Websites that shared
 * this information offered", "Lawmakers who opposed the bill said") is not the cue's subject: the
 * relative's antecedent is. Null when the phrase is not such an object.
 */
function relativeClauseHead(
  tokens: readonly Token[],
  phrase: [number, number] | null,
  floor: number,
): [number, number] | null {
  if (!phrase) return null;
  let k = phrase[0] - 1;
  if (k <= floor || tokens[k].pos !== 'VERB') return null;
  k--;
  while (k > floor && BETWEEN_SUBJECT_AND_VERB.has(tokens[k].pos) && phrase[0] - k <= MAX_SKIP + 1) k--;
  if (k <= floor || !RELATIVES.has(tokens[k].lemma.toLowerCase())) return null;
  return relativeAntecedent(tokens, k, floor);
}

/**
 * The phrase a relative pronoun at token `rel` stands for ("the waitress who", "Vindman, a career
 * Army officer, who"); a name in apposition before it is taken in ("Alexander Vindman, a career
 * Army officer who"). Null when there is none.
 */
export function relativeAntecedent(tokens: readonly Token[], rel: number, floor: number): [number, number] | null {
  const end = rel > floor && tokens[rel - 1].text === ',' ? rel - 1 : rel;
  const phrase = phraseEndingAt(tokens, end, floor);
  if (!phrase || tokens[phrase[1] - 1].pos === 'PRON') return null;
  const comma = phrase[0] - 1;
  if (comma > floor && tokens[comma].text === ',' && tokens[phrase[0]].pos === 'DET') {
    const name = phraseEndingAt(tokens, comma, floor);
    if (name && tokens[name[1] - 1].pos === 'PROPN') return [name[0], phrase[1]];
  }
  return phrase;
}

const ING_RE = /ing$/i;

/** Tokens of a participle or preposition walked back over to a modified phrase's head. */
const MAX_MODIFIER_WALK = 4;

/**
 * A phrase right before a cue that is the object of a preposition or a participle modifying an
 * earlier phrase ("NASA scientists using a telescope atop Mauna Kea have confirmed", "Police near
 * the border with Mexico reported") is not the subject: the earlier phrase, the head, is, when it
 * opens its clause. Walks back over "atop X", "with X", "using X" links, at most
 * MAX_MODIFIER_WALK times; else the phrase stands.
 */
function headOfModifiedPhrase(
  tokens: readonly Token[],
  phrase: [number, number] | null,
  floor: number,
): [number, number] | null {
  let head = phrase;
  for (let walked = 0; head && walked < MAX_MODIFIER_WALK; walked++) {
    let k = head[0] - 1;
    if (k <= floor) break;
    // "The doctors offering to run | the clinic": an infinitive after the participle is its part
    // (wink tags such a participle a noun at times).
    const infinitive =
      k - 2 > floor && tokens[k].pos === 'VERB' && tokens[k - 1].lower === 'to' && ING_RE.test(tokens[k - 2].text);
    if (infinitive) k -= 2;
    const link = tokens[k];
    // A participle after its noun ("scientists using"), not before it ("existing research").
    const participle =
      (infinitive || link.pos === 'VERB') &&
      ING_RE.test(link.text) &&
      (tokens[k - 1].pos === 'NOUN' || tokens[k - 1].pos === 'PROPN');
    if (link.pos !== 'ADP' && !participle) break;
    let end = k;
    while (end > floor && tokens[end - 1].pos === 'ADP') end--; // "one study in | over 40,000 adults"
    head = phraseEndingAt(tokens, end, floor);
    if (head && COORDINATORS.has(tokens[head[0]].lemma)) break;
    // The head opens its clause; one after a verb is that verb's object ("sent a letter to Senate leaders").
    if (head && (head[0] === floor || CLAUSE_OPENERS.has(tokens[head[0] - 1].pos))) {
      // "people familiar with the talks say": an adjective after the noun keeps its complement.
      const adjective = tokens[head[1] - 1].pos === 'ADJ' && ADJECTIVE_COMPLEMENT_LINKS.has(tokens[head[1]].lemma);
      return adjective && phrase ? [head[0], phrase[1]] : head;
    }
  }
  return phrase;
}

/** Parts of speech a clause's subject may follow: the sentence's start is the other place. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

/**
 * Whether token `k`, inside a phrase after a cue, opens the occasion of the saying, no part of the
 * speaker: "in"/"at" before "a"/"an" ("said Smith in a statement", "wrote Fadem in a Tuesday
 * research report", "said a spokesman at a briefing"), or "in" after a name before "the" or a
 * possessive ("said Zurbuchen in the statement").
 */
function occasionAt(tokens: readonly Token[], k: number, start: number, ceiling: number): boolean {
  const t = tokens[k];
  if (k === start || k + 1 >= ceiling || t.pos !== 'ADP' || (t.lower !== 'in' && t.lower !== 'at')) return false;
  const next = tokens[k + 1].lower;
  if (next === 'a' || next === 'an') return true;
  return t.lower === 'in' && tokens[k - 1].pos === 'PROPN' && (next === 'the' || THIRD_PERSON_POSSESSIVES.has(next));
}

/** An inverted speaker's phrase (phraseAfter) without the occasion of the saying after it (occasionAt). */
export function withoutOccasion(tokens: readonly Token[], [a, b]: [number, number]): [number, number] {
  for (let k = a + 1; k < b; k++) if (occasionAt(tokens, k, a, b)) return [a, k];
  return [a, b];
}

/** The phrase right after token `start` ("said Mr. Podesta", "according to the report"). */
export function phraseAfter(tokens: readonly Token[], start: number, ceiling: number): [number, number] | null {
  let b = start;
  // A possessive determiner ("Our partnership ...") opens a phrase about something owned, never a speaker.
  if (b < ceiling && tokens[b].pos === 'PRON') return POSSESSIVE_ONLY.has(tokens[b].lower) ? null : [b, b + 1];
  while (b < ceiling && b - start < MAX_NP_TOKENS && (inNPAt(tokens, b) || (b > start && adverbInPhrase(tokens, b))))
    b++;
  // "two people familiar with the matter", "officials close to the talks": an adjective after the
  // noun takes its complement into the phrase.
  if (
    b > start + 1 &&
    b + 1 < ceiling &&
    tokens[b - 1].pos === 'ADJ' &&
    tokens[b].pos === 'ADP' &&
    ADJECTIVE_COMPLEMENT_LINKS.has(tokens[b].lemma)
  ) {
    let e = b + 1;
    while (e < ceiling && e - start < MAX_NP_TOKENS && inNPAt(tokens, e)) e++;
    if (e > b + 1 && tokens.slice(b + 1, e).some(isNominal)) b = e;
  }
  while (
    b > start &&
    ((tokens[b - 1].pos === 'ADP' && PP_LINKS.has(tokens[b - 1].lemma)) || isPossessive(tokens[b - 1]))
  )
    b--;
  if (b === start + 1 && ARTICLES.has(tokens[start].lower)) return null;
  return b > start && tokens.slice(start, b).some(isNominal) ? [start, b] : null;
}

interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
}

/** Entity mentions sorted by start, for overlap look-ups and "most recent person" searches. */
export class MentionIndex {
  private readonly mentions: MentionRef[];
  /** Per entity asked about (covers): its mentions' starts in order, and the furthest end up to each. */
  private readonly byEntity = new Map<Entity, { starts: number[]; reaches: number[] }>();
  /** Persons by the last word of their name, null for a word several share (personBySurname). */
  private surnames: Map<string, Entity | null> | null = null;
  constructor(private readonly entities: readonly Entity[]) {
    this.mentions = entities.flatMap((entity) => entity.mentions.map(([start, end]) => ({ start, end, entity })));
    this.mentions.sort((a, b) => a.start - b.start);
  }

  /** Index of the first mention starting at or after `pos`. */
  private lowerBound(pos: number): number {
    let lo = 0,
      hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The entity of a mention starting at `pos`, or null. */
  startingAt(pos: number): Entity | null {
    const i = this.lowerBound(pos);
    return i < this.mentions.length && this.mentions[i].start === pos ? this.mentions[i].entity : null;
  }

  /** The entity of the last-ending mention inside `span` (the head of "Clinton's manager Robby Mook"). */
  inside(span: Span): Entity | null {
    let best: MentionRef | null = null;
    for (let i = this.lowerBound(span[0]); i < this.mentions.length && this.mentions[i].start < span[1]; i++) {
      const m = this.mentions[i];
      if (m.end <= span[1] && (!best || m.end > best.end)) best = m;
    }
    if (best) return best.entity;
    // A mention that covers the whole phrase, e.g. "the Kremlin leader" inside a longer mention.
    for (let i = this.lowerBound(span[0]) - 1; i >= 0 && span[0] - this.mentions[i].start < MAX_NP_TOKENS * 20; i--) {
      if (this.mentions[i].end >= span[1]) return this.mentions[i].entity;
    }
    return null;
  }

  /**
   * Whether one of the entity's own mentions holds all of `span`: looked up, not scanned, as a
   * place named in every sentence ("Paris officials said ...") has thousands of mentions.
   */
  covers(entity: Entity, span: Span): boolean {
    let own = this.byEntity.get(entity);
    if (!own) {
      const sorted = [...entity.mentions].sort((a, b) => a[0] - b[0]);
      let reach = -Infinity;
      own = { starts: sorted.map(([a]) => a), reaches: sorted.map(([, b]) => (reach = Math.max(reach, b))) };
      this.byEntity.set(entity, own);
    }
    // Of the mentions starting at or before the span, the one reaching furthest.
    let lo = 0,
      hi = own.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (own.starts[mid] <= span[0]) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && own.reaches[lo - 1] >= span[1];
  }

  /**
   * The one person whose name ends in `word` ("Lopes" for the entity "Lopes" or "Rosaly Lopes"),
   * or null when none or several do.
   */
  personBySurname(word: string): Entity | null {
    if (!this.surnames) {
      this.surnames = new Map();
      for (const e of this.entities) {
        if (e.type !== 'PERSON') continue;
        const last = e.name.split(/\s+/).pop() ?? '';
        this.surnames.set(last, this.surnames.has(last) ? null : e);
      }
    }
    return this.surnames.get(word) ?? null;
  }

  /**
   * The most recent person mentioned before `pos` whom `pronoun` can stand for (personAgrees), or
   * null when none is close enough; never `exclude`.
   */
  lastPersonBefore(pos: number, pronoun = '', exclude: Entity | null = null): Entity | null {
    for (let i = this.lowerBound(pos) - 1; i >= 0; i--) {
      const m = this.mentions[i];
      if (pos - m.end > MAX_ANTECEDENT_DISTANCE) return null;
      if (m.entity.type === 'PERSON' && m.end <= pos && m.entity !== exclude && personAgrees(m.entity, pronoun))
        return m.entity;
    }
    return null;
  }
}

/** Pronouns of one sex: a person whose given name is of the other sex is not their antecedent. */
const PRONOUN_SEX: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ['he', 'male'],
  ['him', 'male'],
  ['his', 'male'],
  ['she', 'female'],
  ['her', 'female'],
]);
const personSexes = new WeakMap<Entity, 'female' | 'male' | undefined>();

/**
 * The sex a person's given name tells: the first word of the entity's name in one of the Moby
 * lists only (englishGivenNameSex: "Emily Maitlis" female, "Charlie McDowell" male); undefined
 * for a name the lists do not tell ("De'Broski Herbert", "Kim Lee", "Sondland").
 */
function personSex(e: Entity): 'female' | 'male' | undefined {
  if (personSexes.has(e)) return personSexes.get(e);
  const first = e.name.split(/\s+/)[0].toLowerCase();
  const sex = e.name.includes(' ') || e.aliases.length > 0 ? englishGivenNameSex(first) : undefined;
  personSexes.set(e, sex);
  return sex;
}

/**
 * Whether `pronoun` ("he", "she", lower case; "" for none) can stand for person `e`: not a "he"
 * for a person whose given name is a woman's, nor a "she" for a man's ("“Oh, actually? Yes,” he
 * assures himself" is not the interviewer Emily Maitlis's, quoted before).
 */
export function personAgrees(e: Entity, pronoun: string): boolean {
  const want = PRONOUN_SEX.get(pronoun);
  if (!want) return true;
  const sex = personSex(e);
  return sex === undefined || sex === want;
}

/**
 * A speaker phrase less a sentence's opening conjunction and a contracted auxiliary after it
 * ("But I’m glad I did": "I", the writer; "But Arroyo said": "Arroyo").
 */
function speakerCore(tokens: readonly Token[], [from, to]: [number, number]): [number, number] {
  while (to - from > 1 && tokens[from].pos === 'CCONJ') from++;
  while (to - from > 1 && tokens[to - 1].pos === 'AUX' && /^['’]/.test(tokens[to - 1].text)) to--;
  // "The company flat-out denied": an adverb's first half cut off at its hyphen is no part of the name.
  while (to - from > 2 && isGluedHyphen(tokens, to - 1)) to -= 2;
  return [from, to];
}

/**
 * Person nouns whose holder speaks for the body named before them by office ("an Alibaba
 * spokesperson", "a State Department official"): the body is then the source.
 */
const SPEAKS_FOR_BODY: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'rep',
  'official',
]);

/**
 * "The Wikileaks founder", "the University of Liverpool biochemist Soraya Shirazi-Beechey": an
 * organisation named before a noun for a person (WordNet's noun.person, models/role-nouns.txt)
 * outside its own mention is who the person works for or founded, not the speaker, unless the
 * person speaks for it (SPEAKS_FOR_BODY). Tokens [from, to) are the phrase's head part.
 */
function employerModifier(
  tokens: readonly Token[],
  from: number,
  to: number,
  named: Entity,
  mentions: MentionIndex,
): boolean {
  if (named.type !== 'ORG') return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.pos !== 'NOUN' || t.lower !== t.lemma || mentions.covers(named, t.span)) continue;
    if (SPEAKS_FOR_BODY.has(t.lemma)) return false;
    if (roleNouns().has(t.lemma)) return true;
  }
  return false;
}

/**
 * The entity a speaker phrase refers to. Names resolve through their mention; "he"/"she" and role
 * nouns prefer the last person quoted (speakers stay in focus across paragraphs), then the last
 * person mentioned; relative "who" takes the phrase before it; "I" and "we" are the writer.
 */
export function resolveSpeaker(
  tokens: readonly Token[],
  range: [number, number],
  mentions: MentionIndex,
  lastSpeaker: Entity | null,
  text: string,
): Speaker {
  range = speakerCore(tokens, range);
  const span: Span = [tokens[range[0]].span[0], tokens[range[1] - 1].span[1]];
  const speaker = { text: text.slice(span[0], span[1]), span };
  const last = tokens[range[1] - 1];
  const word = last.lower;
  // "I’m glad", one token: the pronoun with its contracted auxiliary; the speaker's words are the
  // pronoun alone ("I", not "I’m").
  const bare = word.replace(/['’](?:m|re|ve|ll|d)$/, '');
  if (range[1] - range[0] === 1 && WRITER_PRONOUNS.has(bare)) {
    const pronoun: Span = [span[0], span[0] + bare.length];
    return { text: text.slice(pronoun[0], pronoun[1]), span: pronoun, entity: null, writer: true };
  }
  if (last.pos === 'PRON' && range[1] - range[0] === 1) {
    if (RELATIVE_PRONOUNS.has(word)) {
      // The speaker's words stay the relative (what the text's "who" stands for is the entity).
      let floor = range[0];
      while (floor > 0 && range[0] - floor < MAX_APPOSITIVE_TOKENS && tokens[floor - 1].sentence === last.sentence)
        floor--;
      const antecedent = relativeAntecedent(tokens, range[0], floor);
      const through = (from: number) => ({ text: text.slice(from, span[1]), span: [from, span[1]] as Span });
      if (!antecedent) {
        // "those who believe": a pronoun right before the relative is what it stands for.
        const before = range[0] - 1;
        if (before < floor || tokens[before].pos !== 'PRON' || PERSON_PRONOUNS.has(tokens[before].lower))
          return { ...speaker, entity: null };
        return { ...speaker, entity: null, antecedent: through(tokens[before].span[0]) };
      }
      const named = resolveSpeaker(tokens, antecedent, mentions, null, text);
      return { ...speaker, entity: named.entity, antecedent: through(named.span[0]) };
    }
    // PolNeAR's standard: a writer's "I think" is an attribution whose source is the writer, whom
    // no mention in the text names (the byline does: writer.ts).
    if (WRITER_PRONOUNS.has(word)) return { ...speaker, entity: null, writer: true };
    if (PERSON_PRONOUNS.has(word)) {
      const ahead = cataphoricSubject(tokens, range[0], mentions, word);
      return { ...speaker, entity: (ahead ?? salientPerson(span[0], mentions, lastSpeaker, word))?.id ?? null };
    }
    if (PERSONAL_PRONOUNS.has(word) && lastSpeaker && lastSpeaker.type !== 'PERSON')
      return { ...speaker, entity: lastSpeaker.id };
    return { ...speaker, entity: null };
  }
  // "China's ambassador", "Trump's supporters": a possessor is not the head; the words after it are.
  // "Alexander Vindman, a career Army officer": a name before its appositive is the head.
  let nameEnd = range[1];
  for (let k = range[0] + 1; k < nameEnd; k++) if (tokens[k].text === ',') nameEnd = k;
  // A possessive in a prepositional phrase after a noun or a name is inside that phrase ("Rosaly
  // Lopes of NASA's Jet Propulsion Laboratory"): the head is before it. After a quantifier the
  // phrase is the head ("Most of Schiff's witnesses").
  let headStart = range[0];
  for (let k = range[0] + 1; k < nameEnd - 1; k++) {
    if (tokens[k].pos === 'ADP' && PP_LINKS.has(tokens[k].lemma) && NOMINAL_POS.has(tokens[k - 1].pos)) break;
    if (isPossessive(tokens[k])) headStart = k + 1;
    // "the Democratic Party-controlled House", "the state-run Xinhua": a hyphenated modifier
    // ending in a lower-case word is no head ("Jean-Pierre Raffarin" is one name).
    if (k + 2 < nameEnd && isGluedHyphen(tokens, k) && LOWER_START_RE.test(tokens[k + 1].text)) headStart = k + 2;
  }
  const charsOf = (a: number, b: number): Span => [tokens[a].span[0], tokens[b - 1].span[1]];
  // "the mayor of Springfield", "Martin Taylor of Aberdeenshire": a common noun or a name before
  // "of"/"in"/"at"/... heads the phrase; the name after it is a place or body the speaker belongs
  // to, not the speaker.
  let headEnd = nameEnd;
  for (let k = headStart + 1; k < nameEnd; k++) {
    // "aides briefed by Pence": the reduced relative's names are not the speaker.
    if (k + 1 < nameEnd && reducedRelativeBefore(tokens, k + 2, headStart)) {
      headEnd = k;
      break;
    }
    if (tokens[k].pos !== 'ADP') continue;
    // "people familiar with Chinese trade policy": the adjective's complement names no speaker.
    if (ADJECTIVE_COMPLEMENT_LINKS.has(tokens[k].lemma) && tokens[k - 1].pos === 'ADJ') {
      headEnd = k;
      break;
    }
    if (!PP_LINKS.has(tokens[k].lemma)) continue;
    if (
      tokens[k - 1].pos === 'NOUN' ||
      (tokens[k - 1].pos === 'PROPN' &&
        (mentions.inside(charsOf(headStart, k)) || mentions.personBySurname(tokens[k - 1].text)))
    ) {
      headEnd = k;
      break;
    }
  }
  // "Rosaly Lopes of NASA's Jet Propulsion Laboratory", where the entities component found the
  // person only as "Lopes" later on: the surname before the preposition names them.
  const named =
    mentions.inside(charsOf(headStart, headEnd)) ??
    (headEnd < nameEnd && tokens[headEnd - 1].pos === 'PROPN'
      ? mentions.personBySurname(tokens[headEnd - 1].text)
      : null);
  // "the Inner Mongolia health commission": a place naming a body's seat is not the body.
  const head = tokens[headEnd - 1];
  // A head the tagger reads as an adjective is a noun at a phrase's end ("A California police chief").
  const placeModifier =
    named &&
    PLACE_TYPES.has(named.type) &&
    (head.pos === 'NOUN' || head.pos === 'ADJ') &&
    !mentions.covers(named, head.span);
  // A nationality or place modifying a role noun leaves the role to resolve ("the Democratic nominee").
  if (named && !placeModifier && !employerModifier(tokens, headStart, headEnd, named, mentions))
    return { ...speaker, entity: named.id };
  // "the governor" may be the person in focus; "a company spokesperson" and "some senators" are
  // someone else, or many.
  if (
    PERSON_ROLE_NOUNS.has(last.lemma) &&
    last.lower === last.lemma &&
    DEFINITE_DETERMINERS.has(tokens[range[0]].lower)
  ) {
    return { ...speaker, entity: salientPerson(span[0], mentions, lastSpeaker)?.id ?? null };
  }
  return { ...speaker, entity: null };
}

/** Subordinators of a clause that opens a sentence before its main clause ("Although he's unsure ..., Vaughan speculates"). */
const OPENING_SUBORDINATORS: ReadonlySet<string> = new Set([
  'although',
  'though',
  'while',
  'because',
  'since',
  'if',
  'when',
  'whenever',
  'after',
  'before',
  'once',
  'until',
  'unless',
  'as',
]);
/** Conjunctions a sentence may open with before its subordinate clause ("But although he ..."). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'yet', 'so']);

/**
 * The person a subject pronoun of an opening subordinate clause refers forward to: the main
 * clause's subject, a person's name right after the clause's comma, when the pronoun agrees with
 * them ("Although he's unsure exactly why ..., Vaughan speculates that ..."). Null when the
 * sentence is not so built.
 */
function cataphoricSubject(
  tokens: readonly Token[],
  pronoun: number,
  mentions: MentionIndex,
  word: string,
): Entity | null {
  if (word !== 'he' && word !== 'she') return null;
  const sentence = tokens[pronoun].sentence;
  // The subordinator right before the pronoun, at the sentence's start or after an opening conjunction.
  const sub = pronoun - 1;
  if (sub < 0 || tokens[sub].sentence !== sentence || !OPENING_SUBORDINATORS.has(tokens[sub].lower)) return null;
  let start = sub;
  if (start > 0 && tokens[start - 1].sentence === sentence && tokens[start - 1].lower === 'even') start--;
  if (start > 0 && tokens[start - 1].sentence === sentence && OPENING_CONJUNCTIONS.has(tokens[start - 1].lower))
    start--;
  if (start > 0 && tokens[start - 1].sentence === sentence) return null;
  // The clause's comma, then the main clause's subject.
  let comma = pronoun + 1;
  while (comma < tokens.length && tokens[comma].sentence === sentence && tokens[comma].text !== ',') comma++;
  const subject = tokens[comma + 1];
  if (!subject || tokens[comma].sentence !== sentence || subject.sentence !== sentence || subject.pos !== 'PROPN')
    return null;
  const named = mentions.startingAt(subject.span[0]);
  return named?.type === 'PERSON' && personAgrees(named, word) ? named : null;
}

/**
 * The person a pronoun (or a role noun: `pronoun` "") at `pos` stands for: the last person quoted,
 * else the last person mentioned, either only where the pronoun agrees with them (personAgrees).
 */
function salientPerson(pos: number, mentions: MentionIndex, lastSpeaker: Entity | null, pronoun = ''): Entity | null {
  if (lastSpeaker?.type === 'PERSON' && personAgrees(lastSpeaker, pronoun)) return lastSpeaker;
  return mentions.lastPersonBefore(pos, pronoun);
}
