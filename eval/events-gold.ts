// Parsing of the hand-written events passages (data/events/README.md gives the format): a file of
// blocks `## <date>`, text lines, then one `- TYPE modality | trigger: … | actors: …` line per event.
import type { GoldEvent } from './events-score.js';

/** Characters of context kept on each side of the trigger in `sentenceIncludes`. */
const CONTEXT_CHARS = 25;

export interface ParsedPassage {
  published: string;
  text: string;
  events: GoldEvent[];
}

function parseEvent(line: string, text: string, where: string): GoldEvent {
  const [head, ...fields] = line
    .replace(/^-\s*/, '')
    .split('|')
    .map((s) => s.trim());
  const [type, modality] = head.split(/\s+/);
  const f = Object.fromEntries(
    fields.map((x) => {
      const i = x.indexOf(':');
      return [x.slice(0, i).trim(), x.slice(i + 1).trim()];
    }),
  );
  const [word, nth] = (f.trigger ?? '').split('#');
  let at = -1;
  for (let n = 0; n < Number(nth ?? 1); n++) at = text.indexOf(word, at + 1);
  if (!word || at < 0) throw new Error(`${where}: trigger "${f.trigger}" not in text`);
  const end = at + word.length;
  const sStart = Math.max(text.lastIndexOf('. ', at) + 2, 0);
  const sEndDot = text.indexOf('. ', end);
  const sEnd = sEndDot < 0 ? text.length : sEndDot;
  const from = Math.max(sStart, text.lastIndexOf(' ', Math.max(at - CONTEXT_CHARS, sStart)) + 1);
  const toSpace = text.indexOf(' ', Math.min(end + CONTEXT_CHARS, sEnd));
  const to = Math.min(sEnd, toSpace < 0 ? text.length : toSpace);
  const list = (v: string | undefined) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : undefined;
  return {
    type,
    modality,
    trigger: word,
    triggerSpan: [at, end],
    sentenceIncludes: text.slice(from, to).trim(),
    ...(list(f.actors)?.length ? { actors: list(f.actors) } : {}),
    ...(list(f.targets)?.length ? { targets: list(f.targets) } : {}),
    ...(f.place ? { place: f.place } : {}),
  };
}

/** The passages of one hand-written file, in order; `name` labels errors. */
export function parsePassageFile(content: string, name: string): ParsedPassage[] {
  return content
    .split(/^## /m)
    .slice(1)
    .map((block, i) => {
      const lines = block.split('\n');
      const published = lines[0].trim();
      const text = lines
        .slice(1)
        .filter((l) => l.trim() && !l.startsWith('- '))
        .join('\n\n');
      const events = lines
        .filter((l) => l.startsWith('- '))
        .map((l) => parseEvent(l, text, `${name} passage ${i + 1}`));
      return { published, text, events };
    });
}
