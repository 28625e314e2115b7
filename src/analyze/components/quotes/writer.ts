// The writer as a speaker. PolNeAR's annotation standard counts a writer's own first-person opinion
// ("I think", "we believe") as an attribution whose source is the writer: the record names the
// article's authors from the byline as that speaker, and links the speaker to an entity only when
// one author is named and the text mentions them by that name.
import type { Entity, Quote } from '../../../record/types.js';
import type { Speaker } from './speaker.js';

export function recordSpeaker(
  speaker: Speaker,
  authors: readonly string[],
  entities: readonly Entity[],
): Quote['speaker'] {
  const { text, span, entity } = speaker;
  if (!speaker.writer) return { entity, text, span };
  // No byline: the phrase stays the speaker, with no entity (an empty list still says "the writer").
  return { entity: authorEntity(authors, entities)?.id ?? null, text, span, authors: [...authors] };
}

function authorEntity(authors: readonly string[], entities: readonly Entity[]): Entity | undefined {
  if (authors.length !== 1) return undefined;
  const name = authors[0].toLowerCase();
  return entities.find(
    (e) => e.type === 'PERSON' && (e.name.toLowerCase() === name || e.aliases.some((a) => a.toLowerCase() === name)),
  );
}
