// Wire-style 24-hour clock times with a zone ("at 0400 GMT", "1800 UTC"), which chrono does not
// read. Like chrono's bare clock times they take the story's day (story.ts), else the reference
// date's. The zone is kept in the words, not in the value ("2022-02-15T04:00").
import type { ChronoFound } from './chrono.js';
import { dayValue, type YMD } from './values.js';

const WIRE_CLOCK_RE = /\b([01]\d|2[0-3])([0-5]\d)\s+(?:GMT|UTC)\b/g;

export function wireClockTimes(text: string, ref: YMD | null): ChronoFound[] {
  if (!text.includes('GMT') && !text.includes('UTC')) return [];
  const out: ChronoFound[] = [];
  for (const m of text.matchAll(WIRE_CLOCK_RE)) {
    out.push({
      text: m[0],
      span: [m.index, m.index + m[0].length],
      type: 'TIME',
      value: `${ref ? dayValue(ref) : 'XXXX-XX-XX'}T${m[1]}:${m[2]}`,
      relative: true,
      clockOnly: true,
    });
  }
  return out;
}
