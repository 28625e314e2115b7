// The `entities` component: people, organisations, places, nationalities and facilities, one
// entity per real thing with all its mentions:
//   1. tag names with the learned tagger (GUM-trained)      -> model/tagger.ts
//   2. peel titles and affiliations, nested places; the
//      rules' type where it beats the model                -> tagged.ts, classify.ts
//   3. add nationality words the tagger was not taught
//      (GUM marks no adjectival NORP: "Tajik officials")   -> runs.ts, classify.ts
//   4. type lone words against the whole document          -> decide.ts
//      and give each name one type per document            -> consistency.ts
//   5. find nominal mentions ("the Kremlin leader")        -> decide.ts
//   6. group mentions into entities, appositions, coref    -> group.ts
import type { Component } from '../../component.js';
import type { Doc, Token } from '../../doc.js';
import { isLexiconWord } from '../tokens.js';
import { classifyRun, newMention, type Mention } from './classify.js';
import { decide, findNominals } from './decide.js';
import { oneTypePerName, personWords } from './consistency.js';
import { group } from './group.js';
import { findRuns, titleCaseSentences, type Run } from './runs.js';
import { isCapitalised, isElidedCapital } from '../../../text/letters.js';
import { tagDocument, type TaggedSpan } from './model/tagger.js';
import { knownPlaces, type Place } from '../../resources/gazetteer.js';
import { taggedMentions } from './tagged.js';
import { isPlanet, placedBySentence, stateCodeAfterTown, unknownPlaceType } from './unknown-places.js';
import {
  FAC_CUES,
  LOC_CUES,
  ORG_CUES,
  PERSON_TITLES,
  PUBLICATION_HEADS,
  TITLE_MODIFIERS,
  VENUE_HEADS,
} from './lexicon.js';
import { isGivenName } from '../../../text/given-names.js';
import { dropEmphasisedWords, dropShoutedWords } from './shouting.js';
import { dropCommonAcronyms, dropCountedAcronyms, dropPluralAcronyms } from './common-acronyms.js';
import { teamsNotPeoples } from './teams.js';
import { readsAsEnglish } from '../../language.js';
import { moonMentions, moonNames } from './moons.js';
import { institutionSpan } from './institution-span.js';
import { placeOfCutName } from './cut-names.js';
import { nameLedByPlace } from './place-led-names.js';
import { dropEventNames, eventNameOfPlace } from './event-names.js';
import { facilitiesNotPeople } from './facility-names.js';
import { peopleAfterRoles } from './people-after-roles.js';
import { dropPostTitles } from './post-titles.js';
import { dropInstrumentCodes } from './market-codes.js';
import { companiesNotPeople, possessiveCompanies } from './company-words.js';
import { designatedCompanies, designatedCompany } from './company-designators.js';
import { groupsNotPeople } from './plural-subjects.js';
import { inQuotedTitle } from './quoted-titles.js';
import { joinAmpersandNames, withParticleSurname } from './joined-names.js';
import { splitPlacePairs } from './place-pairs.js';
import { isLetteredGroup, isOrdinalWord } from './labels.js';
import { joinPlacesOffices, joinPossessiveNames, joinSaintsPlaces, POSSESSIVES } from './possessive-names.js';
import { dropNameOpenings } from './name-openings.js';
import { joinFounderNames } from './founder-names.js';
import { beforeVersion } from './versioned-products.js';
import { peelRoleWords, roleNouns } from './role-words.js';
import { placeDemonymsAsNorp } from './place-demonyms.js';
import { splitOrganisationPairs } from './organisation-pairs.js';
import { splitOutletBeats } from './outlet-beats.js';
import { adminAreasAsGpe } from './admin-areas.js';
import { naturalFeaturesAsLoc } from './natural-features.js';
import { ofPlacesWhole } from './of-places.js';
import { dropNameAdverbs } from './name-adverbs.js';
import { leadersBeforeTerms } from './leaders-terms.js';
import { dropInitialCommonWords } from './initial-words.js';
import { dropActNames } from './act-names.js';
import { institutionsOfPlaces } from './of-place-names.js';
import { givenNamesOfPeople } from './given-names-in-doc.js';
import { universitiesByFirstWord } from './university-short-names.js';
import { hyphenatedGivenNames } from './hyphenated-given-names.js';
import { givenNameVerbSurnames } from './given-name-verbs.js';
import { stateUniversities } from './state-universities.js';
import { streetOfRun, streetsAfterStreetWords } from './street-types.js';
import { organisationsInLists } from './organisation-lists.js';
import { dividedCountriesAsGpe } from './divided-countries.js';
import { organisationAcronyms } from './organisation-acronyms.js';
import { teamsByPlace } from './teams-by-place.js';
import { dropLawOpenings } from './law-openings.js';
import { countriesAsGpe } from './countries-as-gpe.js';
import { familiesAsPeople } from './family-names.js';
import { dropPluralOpenings } from './plural-openings.js';
import { dropSizedProducts } from './sized-products.js';
import { bodiesOfPosts } from './bodies-of-posts.js';
import { institutionTails } from './institution-tails.js';
import { dropPossessedNames } from './possessed-names.js';
import { dropOverlongNames } from './overlong-names.js';
import { dropPortfolioNames } from './portfolio-names.js';

/**
 * The revisions of the mentions, in the order they run, each on the previous one's output: joins
 * and drops, then decide() types lone words against the whole document, then the type corrections
 * that need its choices.
 */
const MENTION_REVISIONS: readonly ((doc: Doc, mentions: Mention[]) => Mention[])[] = [
  dropNameAdverbs,
  streetsAfterStreetWords,
  joinAmpersandNames,
  institutionTails,
  peelRoleWords,
  designatedCompanies,
  dropShoutedWords,
  dropEmphasisedWords,
  dropInstrumentCodes,
  dropCommonAcronyms,
  dropPluralAcronyms,
  dropCountedAcronyms,
  teamsNotPeoples,
  dropPostTitles,
  dropPortfolioNames,
  dropPluralOpenings,
  institutionsOfPlaces,
  (_doc, mentions) => decide(mentions),
  leadersBeforeTerms,
  givenNamesOfPeople,
  universitiesByFirstWord,
  stateUniversities,
  oneTypePerName,
  companiesNotPeople,
  bodiesOfPosts,
  facilitiesNotPeople,
  peopleAfterRoles,
  organisationsInLists,
  groupsNotPeople,
  placeDemonymsAsNorp,
  familiesAsPeople,
  dropNameOpenings,
  adminAreasAsGpe,
  teamsByPlace,
  dividedCountriesAsGpe,
  ofPlacesWhole,
  naturalFeaturesAsLoc,
  countriesAsGpe,
  dropInitialCommonWords,
  possessiveCompanies,
  dropActNames,
  dropLawOpenings,
  dropEventNames,
  organisationAcronyms,
  dropSizedProducts,
  dropPossessedNames,
  dropOverlongNames,
];

export function findMentions(doc: Doc): Mention[] {
  const mentions: Mention[] = [];
  const titleCase = titleCaseSentences(doc);
  const runs = findRuns(doc);
  const runAt = new Int32Array(doc.tokens.length).fill(-1);
  runs.forEach((r, k) => runAt.fill(k, r.tok[0], r.tok[1]));
  const covered = new Uint8Array(doc.tokens.length);
  // The tagger learnt English: in another language it reads capitals as names (every German noun
  // has one: "Handschriftliche Dokumentationen" as a person). There only the rules' places the
  // gazetteer knows, countries and the like are kept.
  const english = readsAsEnglish(doc.language);
  for (const tagged of english
    ? joinFounderNames(
        doc,
        givenNameVerbSurnames(
          doc,
          hyphenatedGivenNames(doc, splitOutletBeats(doc, splitOrganisationPairs(doc, tagDocument(doc)))),
          titleCase,
        ),
      )
    : []) {
    const named = tagged.type === 'PERSON' ? personAfterTitleTail(doc, tagged.tok) : tagged.tok;
    if (!named) continue;
    const joined = joinHyphens(doc, named, tagged.type === 'PERSON');
    const taggedPlace = tagged.type === 'GPE' || tagged.type === 'LOC';
    const known = taggedPlace ? knownPlaceSpan(doc, joined, covered) : joined;
    // "the [Hong Kong Stock] Exchange": the place at the start of a name the tagger cut (cut-names.ts).
    const cut =
      taggedPlace || tagged.type === 'ORG'
        ? placeOfCutName(doc, known, runs[runAt[known[1] - 1]], tagged.type === 'ORG')
        : undefined;
    // "[Ceres] Robotics": the tagger's place opens a longer name it left out (place-led-names.ts).
    const led = taggedPlace && !cut ? nameLedByPlace(doc, known, runs[runAt[known[1] - 1]]) : undefined;
    // "the [Dubai] Air Show": the place an event's name opens is no mention of it (event-names.ts).
    // So for the place the tagger's cut name opens ("[Indiana State] Fair").
    const opening = cut ?? (taggedPlace && !led ? known : undefined);
    const event = opening && eventNameOfPlace(doc, opening, runs[runAt[opening[1] - 1]]);
    if (event) {
      covered.fill(1, event[0], event[1]);
      continue;
    }
    const tok = cut ?? led ?? known;
    // "the [Korean Center] for Infectious Disease Research": an institution's whole name, whatever
    // the tagger typed its start as (institution-span.ts).
    const whole = tagged.type === 'PERSON' ? tok : institutionSpan(doc, tok, runs[runAt[tok[1] - 1]]);
    const span: TaggedSpan = { tok: whole, type: whole !== tok ? 'ORG' : cut ? 'GPE' : tagged.type };
    // "[Fritz Eckart] von Weizsäcker": the surname after a particle (joined-names.ts).
    if (span.type === 'PERSON') span.tok = withParticleSurname(doc, span.tok, runs[runAt[span.tok[1] - 1]]);
    const [from, to] = span.tok;
    if (covered[from]) continue;
    if (span.type !== 'GPE' && to - from === 1 && stateCodeAfterTown(doc, from)) span.type = 'GPE';
    // "Quick Oil Stage, [Bristow], VA", "of [Addison], a village": a town its sentence places.
    if ((span.type === 'PERSON' || span.type === 'ORG') && placedBySentence(doc, span.tok)) span.type = 'GPE';
    const unknownWord = taggedPlace && to - from === 1 && knownPlaces(doc.tokens[from].text).length === 0;
    // Place names hold no digits; "A350", "N225" and the "K20" of "NBA 2K20" are models and codes.
    if (taggedPlace && HAS_DIGIT.test(doc.text.slice(doc.tokens[from].span[0], doc.tokens[to - 1].span[1]))) continue;
    if (unknownWord) span.type = unknownPlaceType(doc, from, span.type);
    else if (taggedPlace && to - from === 1 && isPlanet(doc.tokens[from].text)) span.type = 'LOC';
    const located = span.type === 'GPE' || span.type === 'LOC';
    // "Tajik President Emomali Rakhmon": the tagger marks (part of) the name; the capitalised run
    // holding it, read by the rules, yields the whole name, its title and its affiliation. So for
    // a team the tagger cut to its town ("[Los Angeles] Lakers").
    // So for a venue the tagger cut to its sponsor's or namesake's name ("[Cynthia] Woods Mitchell
    // Pavilion"), and for a newspaper cut to its town or country ("[USA] Today").
    // A name joined whole from the tagger's pieces (founder-names.ts) takes nothing more from its run.
    const run = tagged.joined ? undefined : runs[runAt[to - 1]];
    const headed = !!run && headedTail(doc, span, run);
    if (
      run &&
      run.tok[0] <= from &&
      run.tok[1] >= to &&
      (run.tok[0] < from || run.tok[1] > to) &&
      (span.type === 'PERSON' ||
        located ||
        VENUE_HEADS.has(doc.tokens[run.tok[1] - 1].lower) ||
        PUBLICATION_HEADS.has(doc.tokens[run.tok[1] - 1].lower) ||
        headed)
    ) {
      const ruled = classifyRun(doc, run);
      const holds = (m: Mention) => m.tok[0] <= from && m.tok[1] >= to;
      // So for a country or first-level region whose name the tagger cut ("[Cote] d'Ivoire" as a
      // person): the whole name beats the tagger, as a country's name does everywhere (tagged.ts).
      const whole = (m: Mention) =>
        isVenue(m) ||
        (span.type !== 'PERSON' && isPublication(m)) ||
        (span.type === 'PERSON' && m.type === 'PERSON') ||
        (span.type === 'PERSON' && namedAfterPerson(doc, m, span.tok)) ||
        (located && !!m.home) ||
        (headed && m.type === 'ORG' && m.tok[0] === run.tok[0] && m.tok[1] === run.tok[1]) ||
        (m.type === 'GPE' &&
          m.tok[1] - m.tok[0] > to - from &&
          !!m.places?.some((p) => p.kind === 'country' || p.kind === 'admin1'));
      if (ruled.some((m) => holds(m) && whole(m))) {
        covered.fill(1, run.tok[0], run.tok[1]);
        // The tagger's earlier pieces of a name now read whole ("[U.S. Securities] and Exchange Commission").
        if (headed)
          for (let k = mentions.length - 1; k >= 0; k--) {
            const [a, b] = mentions[k].tok;
            if (a >= run.tok[0] && b <= run.tok[1] && !ruled.some((m) => m.tok[0] === a && m.tok[1] === b))
              mentions.splice(k, 1);
          }
        // Not twice what an earlier tagged span gave ("[US] President [Donald Trump]": the tagger's
        // place, then the run read whole, which holds the place again).
        mentions.push(...ruled.filter((m) => !mentions.some((n) => n.tok[0] === m.tok[0] && n.tok[1] === m.tok[1])));
        continue;
      }
    }
    covered.fill(1, from, to);
    const sentence = doc.tokens[from].sentence;
    let first = doc.sentences[sentence].tokens[0];
    while (first < from && (doc.tokens[first].pos === 'PUNCT' || doc.tokens[first].pos === 'SYM')) first++;
    const found = taggedMentions(doc, span, {
      tok: [from, to],
      sentence,
      initial: from === first,
      titleCase: titleCase[sentence],
    });
    // An organisation only for want of a place: the document's other readings of the word win.
    if (unknownWord && span.type === 'ORG')
      for (const m of found) if (m.type === 'ORG' && m.tok[0] === from && m.tok[1] === to) m.guessed = true;
    mentions.push(...found);
  }
  // A lone word of a person named so far ("…,” Ciolacu said" after "Marcel Ciolacu") is kept even
  // where the tagger passed it over, and decide() makes it that person.
  const surnames = personWords(mentions);
  // "Sondland" after "Gordon Sondland": the surname of a person named in full is that person.
  for (const m of mentions) if (m.guessed && m.type === 'ORG' && surnames.has(m.text)) m.type = 'PERSON';
  personWordsNamedBefore(doc, mentions);
  mentions.push(...stateCodesAfterPlaces(doc, mentions, covered));
  let casing: WordCasing | undefined;
  const partners: Mention[] = [];
  for (const run of runs) {
    let free = true;
    for (let i = run.tok[0]; i < run.tok[1] && free; i++) free = covered[i] === 0;
    if (!free) {
      partners.push(...organisationBeforePartner(doc, run, covered, mentions));
      continue;
    }
    // "The ad agency Broadhead Co.": a company named with its legal form (company-designators.ts).
    // "on the via del Corso": a street after its street word and a particle (street-types.ts).
    const company = designatedCompany(doc, run) ?? streetOfRun(doc, run);
    if (company) mentions.push(company);
    else
      for (const m of classifyRun(doc, run))
        if (
          ruleOnly(doc, m) ||
          datelineOpening(run.initial, m) ||
          surnames.has(m.text) ||
          (english && loneUnknownActor(doc, m, mentions)) ||
          (!english && knownPlace(doc, m, (casing ??= wordCasing(doc))))
        )
          mentions.push(m);
  }
  mentions.push(...partners);
  // Where the tagger does not read, an acronym written once is too weak a cue for a body: in another
  // language the rules keep every word of three to six capitals, and a list of standards or
  // procedures ("z.B. XML, JSON, ATOM, HTTPS") or a common noun's initials ("Röntgen, MRT, CT") is
  // no organisation; a body's acronym comes back ("MBC ... MBC", "UKHD ... UKHD").
  if (!english) dropLoneAcronyms(doc, mentions);
  mentions.sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1]);
  // "the [People's Daily]", "Westminster [Magistrate's Court]": one name across a possessive noun's;
  // so "the [U.S. Attorney’s Office]", a place's post's office.
  mentions.splice(
    0,
    mentions.length,
    ...joinPlacesOffices(doc, joinSaintsPlaces(doc, joinPossessiveNames(doc, mentions))),
  );
  for (let k = mentions.length - 1; k >= 0; k--)
    if (
      (!ownerOfModel(mentions[k]) && (beforeModelToken(doc, mentions[k]) || holdsModelToken(mentions[k]))) ||
      beforeVersion(doc, mentions[k]) ||
      weekdayBesideWeekday(doc, mentions[k]) ||
      loneDesignator(mentions[k]) ||
      isOrdinalWord(mentions[k]) ||
      isLetteredGroup(doc, mentions[k]) ||
      inQuotedTitle(doc, mentions[k])
    )
      mentions.splice(k, 1);
  const typed = MENTION_REVISIONS.reduce((revised, revise) => revise(doc, revised), mentions);
  const moons = moonNames(doc);
  if (moons.size > 0) doc.moons = moons;
  return splitPlacePairs(doc, moonMentions(doc, typed, moons));
}

/**
 * One entity for one thing: a lone word of a person named in full earlier in the document is that
 * person, whatever the tagger read it as ("Hamilton argued" after "Ian Hamilton" was a town in
 * Ohio, "[LeBron] without wins" after "LeBron James" an organisation), unless its sentence places
 * it ("in Hamilton, Ontario") or the gazetteer knows it as a country or a populous first-level
 * region ("Georgia"; not the Slovenian municipality Kuzma).
 */
function personWordsNamedBefore(doc: Doc, mentions: Mention[]): void {
  const firstNamed = new Map<string, number>();
  const name = (w: string, at: number) => {
    if (!(firstNamed.get(w)! <= at)) firstNamed.set(w, at);
  };
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.tok[1] - m.tok[0] < 2) continue;
    const words = m.text.split(' ');
    // A title or a place's or an institution's word shows a misread name ("Bartholomew County Sheriff").
    if (words.some(isNotPersonWord)) continue;
    // A surname, after a given name the lists know ("Ian Hamilton"; not "Old Athens", a tagger's person).
    // So after a first word no list knows, neither a word nor a place ("Deval Patrick").
    if (words.slice(0, -1).some(givenNameWord) || (words.length === 2 && unknownWord(words[0])))
      name(words[words.length - 1], m.span[0]);
    // The first name of a two-word name, where the lists know it or no place shares it ("LeBron";
    // not "Wichita" of "Wichita North", nor "Browns" of "Browns DL Sheldon Richardson").
    const first = words[0];
    if (words.length === 2 && (givenNameWord(first) || knownPlaces(first).length === 0)) name(first, m.span[0]);
  }
  for (const m of mentions) {
    if (m.tok[1] - m.tok[0] !== 1 || !(firstNamed.get(m.text)! < m.span[0])) continue;
    if (m.type !== 'GPE' && m.type !== 'LOC' && m.type !== 'ORG') continue;
    if (m.places?.some(isWellKnownRegion)) continue;
    if (unknownPlaceType(doc, m.tok[0], 'GPE') !== 'ORG') continue;
    m.type = 'PERSON';
    m.places = undefined;
    m.cc = undefined;
  }
}

/**
 * "Ceres Robotics and [Tyvak Nano-Satellite Systems Inc]": the free words of a run before an "and"
 * or "&" that joins them to an organisation the tagger found are an organisation where the rules
 * read them as one by themselves (the tagger passed over the first of the pair, and the run,
 * partly covered, was not read).
 */
function organisationBeforePartner(doc: Doc, run: Run, covered: Uint8Array, mentions: readonly Mention[]): Mention[] {
  const t = doc.tokens;
  let c = run.tok[0];
  while (c < run.tok[1] && covered[c] === 0) c++;
  const joiner = t[c - 1]?.text;
  if (c - 1 <= run.tok[0] || c >= run.tok[1] || (joiner !== 'and' && joiner !== '&')) return [];
  if (!mentions.some((m) => m.type === 'ORG' && m.tok[0] === c)) return [];
  const before: Run = { ...run, tok: [run.tok[0], c - 1] };
  return classifyRun(doc, before).filter(
    (m) => m.type === 'ORG' && m.tok[0] === before.tok[0] && m.tok[1] === before.tok[1],
  );
}

/**
 * "Modi flew to Washington", "Putin met Xi in Beijing": a one-word name that no list knows (no
 * word of wink's lexicon, no place of the gazetteer) and that the tagger passed over is a person
 * where it stands alone as a verb's subject (a verb right after it: "Modi flew", "Xi said"), or as
 * the object of a verb, or the second of a pair joined by "and", after a person ("Putin met Xi",
 * "Putin and Xi"). Written as a name's word: a capital, then lower-case letters, no plural's "s"
 * ("Crossovers", "Reuters"); no capitalised word, digit, hyphen, determiner or possessive beside it
 * ("NASA's Volatiles Investigating", "the Chromecast", "GTX 1660 Ti", "al-Tanf"), nor an auxiliary
 * ("has Roku built in") or a noun other than a kind of person ("benchmark Sensex") before it. Typed
 * PERSON as a guess: the document's other readings of the word win (decide.ts).
 */
function loneUnknownActor(doc: Doc, m: Mention, mentions: readonly Mention[]): boolean {
  const [from, to] = m.tok;
  if (m.type !== null || to - from !== 1 || m.places?.length) return false;
  const t = doc.tokens;
  const word = t[from];
  if (word.pos !== 'PROPN' || !UNKNOWN_NAME_WORD.test(word.text) || !unknownWord(word.text)) return false;
  const sentence = word.sentence;
  const next = t[to]?.sentence === sentence ? t[to] : undefined;
  const before = t[from - 1]?.sentence === sentence ? t[from - 1] : undefined;
  if (!apart(doc, from - 1, from) || !apart(doc, from, to)) return false;
  if (next && (isCapitalised(next.text) || next.pos === 'PROPN' || next.pos === 'NUM')) return false;
  if (before && (isCapitalised(before.text) || NOT_BEFORE_ACTOR.has(before.pos) || POSSESSIVES.has(before.lower)))
    return false;
  // A noun before it makes it a compound's head ("benchmark Sensex", "e-tron Sportback"), unless
  // the noun names a kind of person ("player Jarry"; role-words.ts' WordNet list).
  if (before?.pos === 'NOUN' && !roleNouns().has(before.lower)) return false;
  // A finite verb: not a participle in "-ing" ("Grammy winning band", "e-tron Sportback making").
  const subject = !!next && ((next.pos === 'VERB' && !next.lower.endsWith('ing')) || next.pos === 'AUX');
  const afterPerson =
    !!before &&
    (before.pos === 'VERB' || before.lower === 'and') &&
    mentions.some((p) => p.type === 'PERSON' && p.tok[1] === from - 1);
  if (!subject && !afterPerson) return false;
  m.type = 'PERSON';
  m.guessed = true;
  return true;
}

/** A name's word: a capital, then lower-case letters, not a plural's "s" ("Xi", "Erdogan"; not "AOC", "McAleenan", "Reuters"). */
const UNKNOWN_NAME_WORD = /^\p{Lu}\p{Ll}*[^\P{Ll}s]$/u;
/** Parts of speech of a word that, right before a lone name, make it part of a phrase ("the Chromecast", "1660 Ti"). */
const NOT_BEFORE_ACTOR: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'PROPN', 'PART', 'SYM', 'AUX']);

/** Whether tokens a and b (either may be out of range) are apart: a space, or nothing, between them. */
function apart(doc: Doc, a: number, b: number): boolean {
  const t = doc.tokens;
  if (a < 0 || b >= t.length) return true;
  return t[a].span[1] < t[b].span[0] && !HYPHENS.has(t[a].text) && !HYPHENS.has(t[b].text);
}

/** A capitalised word that is neither in wink's lexicon nor a place the gazetteer knows. */
const unknownWord = (word: string) =>
  isCapitalised(word) && !isLexiconWord(word.toLowerCase()) && knownPlaces(word).length === 0;

const givenNameWord = (word: string) => isGivenName(word.toLowerCase());

/** Words no person's name holds: titles, and the heads of places, facilities and organisations. */
const NOT_PERSON_WORDS: readonly ReadonlySet<string>[] = [PERSON_TITLES, LOC_CUES, FAC_CUES, ORG_CUES];
const isNotPersonWord = (word: string) => {
  const low = word.toLowerCase();
  return NOT_PERSON_WORDS.some((list) => list.has(low));
};

/** People in a first-level region whose name a person's name does not take over. */
const MIN_NAMED_REGION_POP = 1_000_000;

const isWellKnownRegion = (p: Place) => p.kind === 'country' || (p.kind === 'admin1' && p.pop >= MIN_NAMED_REGION_POP);

/**
 * An organisation the tagger found at the end of a longer run that ends in an organisation's head
 * ("U.S. Securities and [Exchange Commission]", "Pacific Gas & [Electric Co.]", "Kohelet [Policy
 * Forum]"): the run, if the rules read it as one organisation, is the name. Not where the words
 * before it hold a title (a ministry's word of one may: "Health and Human Services") or an "of"
 * after anything but an organisation's head ("CEO of New Media Investment Group", "Patrick
 * Liu-Shiu-Cheong of Victoria Hospital"; "Department of Health" is one name), nor where they end
 * in a name joined by "and" or "&" ("SBI and ICICI Bank": two banks; a name's own "and" follows a
 * common noun, "Securities and", "Health and").
 */
function headedTail(doc: Doc, span: TaggedSpan, run: { tok: [number, number] }): boolean {
  const [from, to] = span.tok;
  if (span.type !== 'ORG' || to !== run.tok[1] || run.tok[0] >= from || !ORG_CUES.has(doc.tokens[to - 1].lower))
    return false;
  for (let k = run.tok[0]; k < from; k++) {
    const w = doc.tokens[k].lower;
    if (
      (PERSON_TITLES.has(w) && !TITLE_MODIFIERS.has(w)) ||
      (w === 'of' && !ORG_CUES.has(doc.tokens[k - 1]?.lower ?? ''))
    )
      return false;
  }
  const joiner = doc.tokens[from - 1].lower;
  return (joiner !== 'and' && joiner !== '&') || (from - 2 >= run.tok[0] && isLexiconWord(doc.tokens[from - 2].lower));
}

/**
 * "[Tyvak Nano-Satellite] Systems": an organisation the rules read by its head word that starts
 * with the tagger's person and goes on past it to that head word is the organisation's name, the
 * person only its founder's or namesake's part (capitalised words after it only).
 */
function namedAfterPerson(doc: Doc, m: Mention, [from, to]: [number, number]): boolean {
  if (m.type !== 'ORG' || !m.headCue || m.tok[0] !== from || m.tok[1] <= to) return false;
  if (!ORG_CUES.has(doc.tokens[m.tok[1] - 1].lower)) return false;
  // Capitalised words only after the person: "Sierra Nevada and Tyvak Systems" are two names.
  for (let k = to; k < m.tok[1]; k++) if (!isCapitalised(doc.tokens[k].text)) return false;
  return true;
}

/** A name the rules typed FAC by a venue's head word ("Ryman Auditorium"). */
const isVenue = (m: Mention) =>
  m.type === 'FAC' && !!m.headCue && VENUE_HEADS.has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase());

/**
 * A newspaper's name the rules typed by its head word ("Seattle Times", "USA Today"), capitalised
 * words only: "Lester Holt of NBC News" is a person and a network.
 */
const isPublication = (m: Mention) =>
  m.type === 'ORG' &&
  !!m.headCue &&
  PUBLICATION_HEADS.has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase()) &&
  !LOWER_CASE_WORD.test(m.text);

const LOWER_CASE_WORD = /(?:^|\s)\p{Ll}/u;

/** How a text writes its words: those it writes in lower case, and those it writes other than at a sentence's start. */
interface WordCasing {
  lowerCase: ReadonlySet<string>;
  insideSentence: ReadonlySet<string>;
}

function wordCasing(doc: Doc): WordCasing {
  const lowerCase = new Set<string>();
  const insideSentence = new Set<string>();
  doc.tokens.forEach((t, k) => {
    if (t.text === t.lower) lowerCase.add(t.lower);
    if (!atSentenceStart(doc, k)) insideSentence.add(t.text);
  });
  return { lowerCase, insideSentence };
}

const HYPHENS: ReadonlySet<string> = new Set(['-', '‐']);

const HAS_DIGIT = /\p{Nd}/u;

/** Longest model token read. */
const MAX_MODEL_CHARS = 12;
/** A model token: letters and digits mixed ("2K20", "A10", "S10"). */
const MODEL_TOKEN = /^(?=.*\p{Nd})(?=.*\p{L})[\p{L}\p{Nd}]+$/u;
/** Mixed tokens that are no model: a generation or resolution ("5G", "4K"), an ordinal, a unit ("3pm", "10km"). */
const NOT_MODEL_TOKEN = /^\p{Nd}+(\p{L}|st|nd|rd|th|\p{Ll}{1,3})$/u;

/**
 * "NBA 2K20", "Apple A10 Fusion": a name of several words holding a model token, or right before
 * one, is (the start of) a product's name (a game, a chip, a phone), none of the entity types.
 */
const holdsModelToken = (m: Mention) => m.text.includes(' ') && m.text.split(' ').some(isModelToken);

/**
 * A people or a place the gazetteer knows stays before a model ("US F35 jets", "Russian S400
 * systems"): it names the maker or the owner, not the product.
 */
const ownerOfModel = (m: Mention) => m.type === 'NORP' || !!m.places?.length;

const isModelToken = (word: string) => MODEL_TOKEN.test(word) && !NOT_MODEL_TOKEN.test(word);

/** See holdsModelToken. The word after the name as written: the tokenizer may split it ("2K20" -> "2", "K20"). */
function beforeModelToken(doc: Doc, m: Mention): boolean {
  const next = doc.tokens[m.tok[1]];
  if (!next || next.sentence !== doc.tokens[m.tok[1] - 1].sentence) return false;
  if (doc.text.slice(m.span[1], next.span[0]) !== ' ') return false;
  const word = /^[\p{L}\p{Nd}]+/u.exec(doc.text.slice(next.span[0], next.span[0] + MAX_MODEL_CHARS))?.[0] ?? '';
  return isModelToken(word);
}

/** Weekdays and their abbreviations, lower case. */
const WEEKDAYS: ReadonlySet<string> = new Set(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((d) => [
    d,
    d.slice(0, 3),
    ...(d === 'tuesday' ? ['tues'] : d === 'thursday' ? ['thu', 'thur', 'thurs'] : []),
  ]),
);
/** Most tokens between two weekdays of one span of days or list ("Sun & Mon", "Mon - Fri", "Sat, Sun"). */
const WEEKDAY_REACH = 2;

/**
 * "closed on Sun & Mon", "Mon-Fri": a one-word mention that is an abbreviated weekday, with another
 * weekday at most two tokens away in its sentence, is a day, not the place or organisation of the
 * same name (Mon, a state of Myanmar).
 */
/**
 * Company designators, abbreviated and capitalised as in a company's name: a word of one, never a
 * name alone. Case counts: "CO" after a town is Colorado.
 */
const DESIGNATORS: ReadonlySet<string> = new Set(['Co', 'Co.', 'Corp', 'Corp.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'LLC']);

/**
 * A company's designator read as a name of its own: after a comma ("Dräger, [Inc.]", "News
 * Communications, [Inc.]") the tagger starts a new name at it; it belongs to the name before.
 */
const loneDesignator = (m: Mention) => m.tok[1] - m.tok[0] === 1 && DESIGNATORS.has(m.text);

function weekdayBesideWeekday(doc: Doc, m: Mention): boolean {
  const [from, to] = m.tok;
  if (to - from !== 1) return false;
  const word = m.text.replace(/\.$/, '').toLowerCase();
  if (word.length > 5 || !WEEKDAYS.has(word)) return false;
  const t = doc.tokens;
  const s = t[from].sentence;
  for (let k = from - WEEKDAY_REACH - 1; k <= from + WEEKDAY_REACH + 1; k++)
    if (k !== from && k >= 0 && k < t.length && t[k].sentence === s && WEEKDAYS.has(t[k].lower.replace(/\.$/, '')))
      return true;
  return false;
}

/** Inhabitants of a town named by one word that the rules keep as a place in a text the tagger cannot read. */
const MIN_LONE_TOWN_POP = 100_000;

/**
 * A place the rules found and the gazetteer knows, kept where the tagger cannot read the text: a
 * name of two words or more ("Santa Cruz"), or one word that names a town of 100,000 or more
 * ("Heidelberg", "Curitiba") and that the text never writes in lower case (Indonesian "bukan",
 * "not", is also a town in Iran). Countries and regions are kept by ruleOnly.
 */
function knownPlace(doc: Doc, m: Mention, casing: WordCasing): boolean {
  if (m.type !== null && m.type !== 'GPE' && m.type !== 'LOC') return false;
  if (!m.places?.length) return false;
  if (m.tok[1] - m.tok[0] > 1) return true;
  if (casing.lowerCase.has(m.text.toLowerCase())) return false;
  // "Bukan membantai orang kafir" (Indonesian "not"): at a sentence's start the capital proves
  // nothing, and the rules cannot tell the language's words from its places. There a lone word is
  // a place only if it names a country, a first-level region or a great city, or the document
  // writes it with a capital inside a sentence too.
  if (
    atSentenceStart(doc, m.tok[0]) &&
    !m.places.some((p) => p.kind === 'country' || p.kind === 'admin1' || p.pop >= MIN_INITIAL_LONE_TOWN_POP) &&
    !casing.insideSentence.has(m.text)
  )
    return false;
  return m.places.some((p) => p.pop >= MIN_LONE_TOWN_POP);
}

/** Inhabitants of a town named by one word that the rules keep at a sentence's start in a text the tagger cannot read. */
const MIN_INITIAL_LONE_TOWN_POP = 1_000_000;

/** Whether token k opens its sentence (punctuation and symbols before it aside). */
function atSentenceStart(doc: Doc, k: number): boolean {
  let first = doc.sentences[doc.tokens[k].sentence].tokens[0];
  while (first < k && (doc.tokens[first].pos === 'PUNCT' || doc.tokens[first].pos === 'SYM')) first++;
  return first === k;
}

/** How far a place's span may grow on either side to reach a name the gazetteer knows. */
const PLACE_REACH = 4;
/** Text a place name may span: letters, marks, spaces, hyphens, apostrophes, dots. */
const PLACE_TEXT = /^[\p{L}\p{M}][\p{L}\p{M} .'’‐-]*$/u;

/**
 * The longest name the gazetteer knows that holds a tagged place's span, within its sentence:
 * the tagger cuts names at words it reads as titles or connectors ("Prince Edward Island" ->
 * "Edward Island", "Democratic Republic of the Congo" -> "Democratic Republic", "Port-au-Prince"
 * -> "Port", "Dar es Salaam" -> "Dar", "Côte d'Ivoire" -> "Côte"). Both ends must be capitalised
 * words (the last may be an elided particle before a capital); covered tokens are not taken. The span itself when no longer name is known.
 */
function knownPlaceSpan(doc: Doc, [from, to]: [number, number], covered: Uint8Array): [number, number] {
  const t = doc.tokens;
  const s = doc.sentences[t[from].sentence].tokens;
  let best: [number, number] = [from, to];
  const lo = Math.max(s[0], from - PLACE_REACH);
  const hi = Math.min(s[1], to + PLACE_REACH);
  for (let a = from; a >= lo; a--) {
    if (a < from && covered[a]) break;
    // "The U.S." at a sentence's start: the gazetteer knows "the United States", not as a name's start.
    if (!isCapitalised(t[a].text) || (a < from && t[a].text.toLowerCase() === 'the')) continue;
    for (let b = hi; b >= to; b--) {
      if (a === from && b === to) break;
      if (b - a <= best[1] - best[0]) break;
      if (!isCapitalised(t[b - 1].text) && !isElidedCapital(t[b - 1].text)) continue;
      const text = doc.text.slice(t[a].span[0], t[b - 1].span[1]);
      if (PLACE_TEXT.test(text) && knownPlaces(text).length > 0) best = [a, b];
    }
  }
  return best;
}

/** Lower-case words that open the tail of a title the tagger starts a person with ("Secretary [of State Mike Pompeo]"). */
const TITLE_TAIL_WORDS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * "US Secretary [of State Mike Pompeo]", "Head [of Research] at ICICI Securities": the tagger may
 * start a person inside the "of" phrase of a title. The name starts after the lower-case words
 * and the dictionary words that follow them ("State", "Fundamental Research"), at a given name or
 * a word no dictionary holds; with none left, there is no person.
 */
function personAfterTitleTail(doc: Doc, [from, to]: [number, number]): [number, number] | undefined {
  const t = doc.tokens;
  if (!TITLE_TAIL_WORDS.has(t[from].text)) return [from, to];
  let k = from;
  while (k < to && TITLE_TAIL_WORDS.has(t[k].text)) k++;
  while (k < to && !givenNameWord(t[k].text) && isLexiconWord(t[k].text)) k++;
  return k < to ? [k, to] : undefined;
}

/** Longest syllable on either side of the hyphen of a romanised East Asian given name ("Hau-yip", "Jae-in"). */
const MAX_SYLLABLE = 4;

/**
 * Extends a span over hyphens written without spaces ("Gorno-Badakhshan"): wink splits them, GUM
 * seldom has them. A person's name also takes a short lower-case syllable after a short
 * capitalised one ("Cheuk Hau-yip", "Moon Jae-in"), unless it is a verb ("Kim-led").
 */
function joinHyphens(doc: Doc, [from, to]: [number, number], person: boolean): [number, number] {
  const t = doc.tokens;
  while (hyphenJoined(t, to - 1)) to += 2;
  while (hyphenJoined(t, from - 2)) from -= 2;
  const last = to - 1;
  if (
    person &&
    hyphenAttached(t, last) &&
    t[last].text.length <= MAX_SYLLABLE &&
    t[last + 2].text.length <= MAX_SYLLABLE &&
    /^\p{Ll}+$/u.test(t[last + 2].text) &&
    t[last + 2].pos !== 'VERB'
  )
    to += 2;
  return [from, to];
}

/** Whether token `a`, capitalised, is joined to token a + 2 by a hyphen written without spaces, in one sentence. */
function hyphenAttached(t: readonly Token[], a: number): boolean {
  return (
    a >= 0 &&
    a + 2 < t.length &&
    HYPHENS.has(t[a + 1].text) &&
    t[a].span[1] === t[a + 1].span[0] &&
    t[a + 1].span[1] === t[a + 2].span[0] &&
    t[a].sentence === t[a + 2].sentence &&
    isCapitalised(t[a].text)
  );
}

/** hyphenAttached, and token a + 2 capitalised too. */
const hyphenJoined = (t: readonly Token[], a: number) => hyphenAttached(t, a) && isCapitalised(t[a + 2].text);

/**
 * Rule mentions kept where the tagger found nothing: nationality words (GUM marks no adjectival
 * NORP), people named after a title ("President Emomali Rakhmon"), rivers after "the" beside a
 * feature word ("the Danube ports"), acronyms of three letters or more ("CIS", "NATO"; not a title
 * such as "CEO"), countries
 * and first-level regions, the dateline's town, a place the gazetteer knows written as one
 * hyphenated word ("Port-au-Prince": wink splits it into pieces, none of them a name to the tagger).
 */
const ruleOnly = (doc: Doc, m: Mention) =>
  m.type === 'NORP' ||
  (m.type === 'GPE' && !!m.places?.length && writtenAsOneWord(doc, m.tok)) ||
  (m.type === 'PERSON' && !!m.title) ||
  !!m.feature ||
  (m.type === 'ORG' && ORG_ACRONYM.test(m.text) && !PERSON_TITLES.has(m.text.toLowerCase())) ||
  ((m.type === 'GPE' || m.type === 'LOC') &&
    (!!m.places?.some((p) => p.kind === 'country' || p.kind === 'admin1') || isDatelineTown(doc, m.text)));

/**
 * "in Harrisburg, PA.", "Mountain View, CA": a US state's postal code after a place mention (or a
 * lone word the gazetteer knows, still undecided) and a comma is that state where the tagger passed it over (GUM has few addresses; wink reads "CA" as
 * an auxiliary, so no name run holds it either). Marks the codes covered.
 */
function stateCodesAfterPlaces(doc: Doc, mentions: readonly Mention[], covered: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const at = m.tok[1] + 1;
    // An undecided lone word counts when the gazetteer knows it ("in Harrisburg", typed later).
    const place = m.type === 'GPE' || m.type === 'LOC' || (m.type === null && !!m.places?.length);
    if (!place || at >= doc.tokens.length || covered[at]) continue;
    if (!stateCodeAfterTown(doc, at)) continue;
    const t = doc.tokens[at];
    covered[at] = 1;
    out.push(newMention('GPE', [t.span[0], t.span[1]], [at, at + 1], t.text));
  }
  return out;
}

/** Whether tokens [from, to), two or more, are written without a space between them. */
function writtenAsOneWord(doc: Doc, [from, to]: [number, number]): boolean {
  for (let i = from + 1; i < to; i++) if (doc.tokens[i - 1].span[1] !== doc.tokens[i].span[0]) return false;
  return to - from > 1;
}

const ORG_ACRONYM = /^\p{Lu}{3,6}$/u;

/** Drops, in place, the ORG acronyms of three to six capitals the text writes once. */
function dropLoneAcronyms(doc: Doc, mentions: Mention[]): void {
  const acronym = (m: Mention) => m.type === 'ORG' && ORG_ACRONYM.test(m.text);
  const asked = new Set(mentions.filter(acronym).map((m) => m.text));
  if (asked.size === 0) return;
  // Every writing of the word counts, a mention yet or not ("MEDIVO liefert" opening a sentence).
  const counts = new Map<string, number>();
  for (const t of doc.tokens) if (asked.has(t.text)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  for (let k = mentions.length - 1; k >= 0; k--)
    if (acronym(mentions[k]) && (counts.get(mentions[k].text) ?? 0) <= 1) mentions.splice(k, 1);
}

/** "DJIBO, Burkina Faso, May 18 —": a known town in capitals opening a sentence is a dateline's place. */
const datelineOpening = (initial: boolean, m: Mention) =>
  initial && m.type === 'GPE' && !!m.places?.length && m.text === m.text.toUpperCase();

const isDatelineTown = (doc: Doc, text: string) =>
  doc.article.dateline?.place?.split(',')[0].trim().toLowerCase() === text.toLowerCase();

export const entities: Component = {
  name: 'entities',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  run(doc: Doc) {
    doc.entities = group(doc, findMentions(doc), findNominals(doc));
  },
};
