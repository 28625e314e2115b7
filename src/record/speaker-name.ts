// How a quote's speaker is named wherever it is shown (CLI, store, workbench): the entity's name,
// else the byline's authors for the writer's own "I" / "we", else the speaker's words in the text.
import type { Quote } from './types.js';

export function speakerName(speaker: Quote['speaker'], entityName: string | undefined): string {
  if (entityName) return entityName;
  if (speaker.authors && speaker.authors.length > 0) return speaker.authors.join(', ');
  return speaker.text;
}
