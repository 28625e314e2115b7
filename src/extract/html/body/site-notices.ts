// Blocks a site prints into its posts that are not the article: appeals for donations, raw
// WordPress shortcodes and notices that a widget needs JavaScript (the patterns, and why each is
// general, are in patterns.ts). Text-message consent lines are fine print (DISCLAIMER_PHRASE).
import type { Block } from './blocks.js';
import {
  APPEAL_LABEL,
  APPEAL_START,
  DONATION_WORD,
  INLINE_MEDIA_SHORTCODE,
  LONE_SHORTCODE_TAG,
  MAX_APPEAL_CHARS,
  MAX_BYLINE_CHARS,
  MAX_SCRIPT_NOTICE_CHARS,
  MEDIA_SHORTCODE_BLOCK,
  SCRIPT_NOTICE,
  SUPPORT_APPEAL,
} from './patterns.js';

export function isSiteNotice(b: Block): boolean {
  const text = b.text.trim();
  if (
    text.length <= MAX_APPEAL_CHARS &&
    DONATION_WORD.test(text) &&
    (APPEAL_START.test(text) || SUPPORT_APPEAL.test(text))
  )
    return true;
  if (text.length <= MAX_BYLINE_CHARS && APPEAL_LABEL.test(text)) return true;
  if (b.kind !== 'pre' && text.startsWith('[') && (MEDIA_SHORTCODE_BLOCK.test(text) || LONE_SHORTCODE_TAG.test(text)))
    return true;
  return text.length <= MAX_SCRIPT_NOTICE_CHARS && SCRIPT_NOTICE.test(text);
}

/** The block's text without the raw media shortcodes inside it (INLINE_MEDIA_SHORTCODE), the space
 * around each cut closed up; the same block when it holds none. A whole-block shortcode is dropped
 * by isSiteNotice before this. */
export function withoutInlineShortcodes(b: Block): Block {
  if (b.kind === 'pre' || !b.text.includes('[')) return b;
  const text = b.text.replace(INLINE_MEDIA_SHORTCODE, ' ');
  if (text === b.text) return b;
  return { ...b, text: text.replace(/ {2,}/g, ' ').trim() };
}
