// Markup conventions of comment sections: Blogger (classic dl#comments-block and threaded
// li.comment > .comment-block), WordPress (ol.commentlist > li.comment > .comment-body), and the
// generic schema.org Comment / "comment-content" naming most other systems share.

/** Class tokens of one comment (the item, holding author, date and text). */
export const ITEM_CLASSES: ReadonlySet<string> = new Set([
  'comment',
  'comment-item',
  'commentlist-item',
  'comment-entry',
  'comment-thread-item',
]);
/** Ids of one comment: WordPress "comment-12", "li-comment-12", Blogger "c123456". */
export const ITEM_ID = /^(?:li-)?comment-?\d+$|^c\d{6,}$/;
/** schema.org Comment in microdata. */
export const ITEM_TYPE = /schema\.org\/(?:Comment|Answer)$/;

/** Class tokens of the comment's text, most specific first (WordPress's .comment-body also holds the meta). */
export const TEXT_CLASSES: readonly string[] = [
  'comment-content',
  'comment-text',
  'comment-message',
  'comment-entry-content',
  'commenttext',
  'comment_body',
  'comment-body',
];
/** Class tokens of the author's name (WordPress .fn inside .comment-author; Blogger cite.user). */
export const AUTHOR_CLASSES: readonly string[] = [
  'fn',
  'user',
  'comment-author',
  'author',
  'username',
  'comment-author-name',
  'commenter',
];
/** Class tokens of the comment date. */
export const DATE_CLASSES: readonly string[] = [
  'datetime',
  'comment-timestamp',
  'comment-date',
  'comment-time',
  'comment-metadata',
  'commentmetadata',
  'comment-meta',
  'published',
  'date',
];
/** Parts of a comment that are not its text: replies, reply links, action bars, meta lines. */
export const NOT_TEXT_CLASSES: ReadonlySet<string> = new Set([
  'comment-replies',
  'children',
  'reply',
  'comment-reply',
  'comment-actions',
  'comment-footer',
  'comment-meta',
  'comment-metadata',
  'commentmetadata',
  'comment-author',
  'comment-header',
  'avatar-image-container',
  'comment-reply-link',
]);

/** Lead-ins and trailers around a commenter's name: "Jane says:", "John said...". */
export const AUTHOR_NOISE = /\s*(?:says|said|wrote|dijo|a dit|schreibt)\s*[:.…]*\s*$/i;

/** At most this many comments are read from one page. */
export const MAX_COMMENTS = 2000;

/** A date after the commenter's name: "Milan on September 12, 2018 at 4:47 pm". */
export const AUTHOR_DATE_TAIL = /\s+(?:on|at|[-–—|•])\s+(?=.*\d).*$/;

/** A line that only says when: "2 days ago at 07:52 am", "18 Nov 2019, 4:32pm". */
export const TIME_LINE =
  /^(?:\d+\s+\w+\s+ago(?:\s+at\s+\d{1,2}:\d{2}\s*(?:am|pm)?)?|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4},?\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?)$/iu;

/** Text of a widget, not a comment: "replies", "3 comments", "Reply". */
export const BARE_LABEL = /^\d*\s*(?:repl(?:y|ies)|comments?|responses?|load more|show more)\s*$/i;
