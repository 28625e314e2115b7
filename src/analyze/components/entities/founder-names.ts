// "[Tyvak Nano]-[Satellite Systems Inc]", "[Bill Gates] [Foundation]": the tagger may end a person
// at the hyphen or space where a company's or institution's name goes on after its founder's or
// namesake's name, and start an organisation of its own with the rest. The organisation's head
// word at the end of the rest ("Systems", "Foundation") makes the whole one organisation's name.
import type { Doc } from '../../doc.js';
import type { TaggedSpan } from './model/tagger.js';
import { ORG_CUES } from './lexicon.js';

const HYPHENS: ReadonlySet<string> = new Set(['-', '‐']);

/** Whether `org` goes on right after `person`: across one space, or a hyphen written without spaces. */
function continues(doc: Doc, person: TaggedSpan, org: TaggedSpan): boolean {
  const t = doc.tokens;
  const end = person.tok[1];
  if (t[end - 1].sentence !== t[org.tok[0]].sentence) return false;
  if (org.tok[0] === end) return doc.text.slice(t[end - 1].span[1], t[end].span[0]) === ' ';
  return (
    org.tok[0] === end + 1 &&
    HYPHENS.has(t[end].text) &&
    t[end - 1].span[1] === t[end].span[0] &&
    t[end].span[1] === t[end + 1].span[0]
  );
}

/** A tagged span, marked where it joins a person to the organisation after it: a whole name. */
export interface FounderTaggedSpan extends TaggedSpan {
  joined?: true;
}

/** The tagged spans with each person that an organisation ending in a head word continues joined to it, as that organisation. */
export function joinFounderNames(doc: Doc, tagged: readonly TaggedSpan[]): FounderTaggedSpan[] {
  const out: FounderTaggedSpan[] = [];
  for (let k = 0; k < tagged.length; k++) {
    const span = tagged[k];
    const next = tagged[k + 1];
    if (
      span.type === 'PERSON' &&
      next?.type === 'ORG' &&
      ORG_CUES.has(doc.tokens[next.tok[1] - 1].lower) &&
      continues(doc, span, next)
    ) {
      out.push({ tok: [span.tok[0], next.tok[1]], type: 'ORG', joined: true });
      k++;
    } else out.push(span);
  }
  return out;
}
