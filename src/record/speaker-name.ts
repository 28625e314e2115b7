// How a quote's speaker is named wherever it is shown (CLI, store, workbench): the entity's name,
// else the byline's authors for the writer's own "I" / "we", else the speaker's words in the text;
// an agentless passive ("The budget is expected to pass") has no words for its speaker.
import type { Quote } from './types.js';

/** How a speaker with no words is shown. */
export const NO_ONE_NAMED = 'no one named';

export function speakerName(speaker: Quote['speaker'], entityName: string | undefined): string {
  if (entityName) return entityName;
  if (speaker.authors && speaker.authors.length > 0) return speaker.authors.join(', ');
  return speaker.text || NO_ONE_NAMED;
}
