// A game's quarter is no time of the calendar: "a technical foul in the third quarter" in a
// basketball story is a period of play, which TimeML does not mark (the dev set leaves football's
// halves out too). A story is taken to be of such a game when it holds a word whose first sense
// WordNet files under the games it divides into quarters (models/game-words.txt, written by
// scripts/build-game-words.mjs: "quarterback", "technical foul", "jump shot", "tight end", and the
// kinds of the plays WordNet files as parts of basketball: "dunk", "layup", "free throw").
import { modelWordList } from '../../resources/model-lists.js';

const gameWords = modelWordList('game-words.txt');
let gameWordRe: RegExp | null = null;

/** Whether `text` (a whole document) tells of a game played in quarters. */
export function tellsOfQuarteredGame(text: string): boolean {
  gameWordRe ??= new RegExp(`\\b(?:${[...gameWords()].map((w) => w.replace(/[-\s]/g, '[-\\s]')).join('|')})s?\\b`, 'i');
  return gameWordRe.test(text);
}
