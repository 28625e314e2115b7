// "today", "yesterday", "tomorrow" in a social-media post embedded in the page ("… we have started
// distributing masks today pic.twitter.com/… — Arvind Kejriwal (@ArvindKejriwal) November 1,
// 2019"): the post's own day, written after its author's signature, not the page's. The
// signature is a dash, a name and an @handle in brackets right before the date, which is the next
// time named after the deictic, with no other signature between; from the start of the deictic's
// paragraph to the date is no longer than a post (the post may run over a few short paragraphs).
import type { Anchored } from './story.js';
import type { Found } from './found.js';
import { addDays, dayValue, daysBetween, parseIsoDate, type YMD } from './values.js';

const DEICTIC_RE = /^(?:today|tonight|tomorrow|yesterday)\b/i;
/** An embedded post's signature before its date: "— Name (@handle)", in the post's line or opening one. */
const SIGNATURE_BEFORE_RE = /(?:^|\s)[—–-][ \t]*[^\n—–]{1,80}?\(@\w{1,30}\)[ \t]*$/;
const HANDLE_RE = /\(@\w{1,30}\)/;
/** How long a post may be, to its date (280 characters, a link and a signature). */
const POST_REACH = 400;
/** A value that is one day and nothing more. */
const DAY_RE = /^\d{4}-\d\d-\d\d$/;

/** Counts each such deictic in `times` (resolved, text order) from its post's date instead of `ref`, in place. */
export function datePostDeictics(text: string, times: Anchored<Found>[], ref: YMD | null): void {
  if (!ref || !text.includes('(@')) return;
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    if (!DEICTIC_RE.test(t.text) || t.anchorKind === 'story') continue;
    const day = parseIsoDate(t.value);
    if (!day) continue;
    // The post's date is the next time named, near, in the same paragraph, right after one signature.
    // The post, from the start of the deictic's paragraph to its date, is a post's length.
    const u = times[i + 1];
    const postStart = text.lastIndexOf('\n', t.span[0]) + 1;
    if (!u || u.span[0] - postStart > POST_REACH || u.relative || !DAY_RE.test(u.value)) continue;
    const between = text.slice(t.span[1], u.span[0]);
    const signature = SIGNATURE_BEFORE_RE.exec(between);
    if (!signature || HANDLE_RE.test(between.slice(0, signature.index))) continue;
    t.value = dayValue(addDays(parseIsoDate(u.value)!, daysBetween(ref, day))) + t.value.slice(10);
    t.anchor = u.value;
    t.anchorKind = 'story';
    t.anchorSpan = u.span;
  }
}
