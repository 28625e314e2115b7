// The events component's output-identical speed cut (h348): on a page that is not political,
// codeEvents asks whether a sentence names a political actor before it looks for the sentence's
// triggers (rules and model), rather than finding them and then dropping them all. On seeded random
// pages (sports, crime and political vocabulary mixed, so that every verdict and both sides of the
// actor test occur), sentenceTriggers gives each sentence exactly the candidates the former order
// gave; the trigger search is not run where the answer was going to be none, and is run wherever it
// was (negatives: political pages, actors, police on a sports page).
import { describe, expect, it } from 'vitest';
import { newCandidate, type Candidate } from '../../src/analyze/components/events/filters.js';
import { sentenceTriggers, triggersOf } from '../../src/analyze/components/events/index.js';
import { articleTopic, hasPoliticalActor, type TopicVerdict } from '../../src/analyze/components/events/topic.js';
import { type Doc, type Token, newDoc } from '../../src/analyze/doc.js';
import { extract } from '../../src/extract/index.js';
import { packedMap } from '../../src/analyze/packed-map.js';
import { seededRandom } from '../../scripts/seeded-random.mjs';
import { randomPage, runComponentsBefore } from '../helpers/pages.js';

// Sports and crime section words, political actors (police among them, which count on a sports page
// and not on a crime page), event triggers, and function words.
const WORDS = (
  'the a of to in on and was said game match team coach player league season stadium fans striker ' +
  'suspect victim murder robbery burglary police prosecutors troops army government protesters rebels ' +
  'attacked met protested arrested seized fired accused condemned signed threatened rejected visited ' +
  'talks deal strike clash Kidal Otis Garrisoned'
).split(' ');

/** A page drawn from the words, leaning towards one group so that some pages read as sports or crime. */
function randomText(rnd: () => number): string {
  const lean = Math.floor(rnd() * 3);
  const pool = lean === 0 ? WORDS.slice(9, 20) : lean === 1 ? WORDS.slice(20, 25) : [];
  const drawWord = () => {
    const from = pool.length > 0 && rnd() < 0.5 ? pool : WORDS;
    return from[Math.floor(rnd() * from.length)];
  };
  return randomPage(rnd, drawWord, { sentences: { least: 3, spread: 6 }, words: { least: 4, spread: 12 } });
}

/** A page as the events component sees it: every component before events run. */
function preparedDoc(text: string): Doc {
  return runComponentsBefore(newDoc(extract({ content: text, format: 'body' })), 'events');
}

/** The former order: every trigger found, then all dropped when the page is not political and the sentence names no political actor. */
function formerTriggers(tokens: readonly Token[], s: number, topic: TopicVerdict): Candidate[] {
  let triggers = packedMap(triggersOf(tokens), (t) => newCandidate(t.type, t.start, t.end, t.nominal, s));
  if (!topic.political && triggers.length > 0 && !hasPoliticalActor(tokens, topic)) triggers = [];
  return triggers;
}

function sentencesOf(doc: Doc): Token[][] {
  return doc.sentences.map((sentence) => doc.tokens.slice(sentence.tokens[0], sentence.tokens[1]));
}

describe('events: the political actor asked before the triggers are found', () => {
  it('gives every sentence of 60 seeded random pages the candidates the former order gave', () => {
    const rnd = seededRandom(348);
    const verdicts = new Set<string>();
    let dropped = 0;
    let kept = 0;
    const wrong: string[] = [];
    for (let d = 0; d < 60; d++) {
      const doc = preparedDoc(randomText(rnd));
      const topic = articleTopic(doc);
      verdicts.add(topic.political ? 'political' : (topic.section ?? '?'));
      sentencesOf(doc).forEach((tokens, s) => {
        const before = formerTriggers(tokens, s, topic);
        const after = sentenceTriggers(tokens, s, topic);
        if (JSON.stringify(after) !== JSON.stringify(before))
          wrong.push(`${tokens.map((t) => t.text).join(' ')}: ${JSON.stringify(after)} vs ${JSON.stringify(before)}`);
        if (before.length > 0) kept++;
        else if (!topic.political && triggersOf(tokens).length > 0) dropped++;
      });
    }
    expect(wrong).toEqual([]);
    // The draw covers each side: political and other pages, sentences whose triggers are kept and
    // sentences whose triggers the page's topic drops.
    expect(verdicts).toContain('political');
    expect(verdicts).toContain('sports');
    expect(verdicts).toContain('crime');
    expect(kept).toBeGreaterThan(20);
    expect(dropped).toBeGreaterThan(10);
  });

  it('does not search for triggers in a sentence without a political actor on a sports page', () => {
    const doc = preparedDoc(
      'The team won the match. The coach praised the striker after the game. The league season ends in May. ' +
        'The fans attacked the referee after the match.',
    );
    const topic = articleTopic(doc);
    expect(topic).toEqual({ political: false, section: 'sports' });
    let searched = 0;
    const find = (tokens: readonly Token[]) => (searched++, triggersOf(tokens));
    const found = sentencesOf(doc).map((tokens, s) => sentenceTriggers(tokens, s, topic, find));
    expect(searched).toBe(0);
    expect(found.flat()).toEqual([]);
  });

  it('still searches where the answer may be some: a political page, an actor, police on a sports page', () => {
    const search = (text: string) => {
      const doc = preparedDoc(text);
      const topic = articleTopic(doc);
      let searched = 0;
      const find = (tokens: readonly Token[]) => (searched++, triggersOf(tokens));
      const found = sentencesOf(doc).flatMap((tokens, s) => sentenceTriggers(tokens, s, topic, find));
      return { topic, searched, types: found.map((c) => c.type) };
    };
    // A political page: every sentence.
    expect(search('Rebels attacked the town. The government condemned the attack.').searched).toBe(2);
    // A sports page: the sentence that names soldiers, and the one that names police.
    const sports = search(
      'The team won the match. The coach praised the striker after the game. The league season ends. ' +
        'Soldiers attacked fans near the stadium. Police arrested a player after the match.',
    );
    expect(sports.topic.political).toBe(false);
    expect(sports.searched).toBe(2);
    expect(sports.types).toEqual(expect.arrayContaining(['ASSAULT', 'COERCE']));
    // A crime page: police are not a political actor there, troops are.
    const crime = search(
      'The suspect in the murder was a victim of robbery. The burglary suspect denied the crime. ' +
        'Police arrested the suspect. Troops seized the town.',
    );
    expect(crime.topic).toEqual({ political: false, section: 'crime' });
    expect(crime.searched).toBe(1);
  });
});
