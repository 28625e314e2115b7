// Every tag list, class/id pattern and text pattern of the body extractor, in one place
// (after Readability.js's REGEXPS and trafilatura's xpaths.py). Patterns describe markup
// conventions shared by many sites; none names a site.

/** Elements whose content is never article text. */
export const NON_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'img',
  'map',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'label',
  'head',
  'title',
  'meta',
  'link',
]);

/**
 * Page furniture by tag, dropped by strict pruning. Figures hold images with their captions and
 * credits, which the benchmarks' bodies leave out.
 */
export const FURNITURE_TAGS: ReadonlySet<string> = new Set([
  'nav',
  'aside',
  'footer',
  'header',
  'menu',
  'dialog',
  'figure',
  'figcaption',
]);

/**
 * Characters of <p> text from which a header/aside/footer is taken for a misused wrapper around
 * the article (site builders put whole posts in <header>; an unclosed <aside> swallows the page).
 */
export const MISUSED_WRAPPER_PROSE_CHARS = 1500;

/** Block-level elements: each starts a new paragraph. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'body',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'caption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'address',
  'center',
  'details',
  'summary',
  'fieldset',
  'form',
  'hgroup',
  'figure',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Table cells: joined within their row, separated by a tab. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/**
 * Class/id words of boilerplate that never holds the article even when a content word is also
 * present ("related-articles", "article-comments", "social-share-content"). Not "paywall": paywalled
 * pages wrap the article text itself in it.
 */
const STRONG_BOILERPLATE_WORDS = [
  'share',
  'sharing',
  'sharer',
  'social',
  'related',
  'recommend',
  'newsletter',
  'subscri',
  'signup',
  'sign-up',
  'cookie',
  'consent',
  'gdpr',
  'advert',
  'advertisement',
  'sponsor',
  'promo',
  'outbrain',
  'taboola',
  'comment',
  'disqus',
  'respond',
  'breadcrumb',
  'caption',
  'credit',
  'popup',
  'modal',
  'trending',
  'most-popular',
  'mostpopular',
  'most-read',
  'mostread',
  'read-more',
  'readmore',
  'more-stories',
  'also-read',
  'see-also',
  'skip-link',
  'print-only',
  'sr-only',
  'visually-hidden',
  'screen-reader',
  'author-bio',
  'newsletter',
  'about-author',
  'byline',
  'tags',
  'tag-list',
  'post-tags',
  'entry-tags',
  'categories',
  'pagination',
  'pager',
  'toolbar',
  'ad-container',
  'ad-slot',
  'ad-wrapper',
  'adslot',
  'adunit',
  'ad-unit',
  'dfp',
  'hidden-print',
  'jump-link',
  'disclaimer',
  'disclosure',
];
// One boundary before one alternation, rather than a boundary per word: the same test, with the
// boundary checked once per position instead of once per word and position.
export const STRONG_BOILERPLATE = new RegExp(
  `(?:^|[\\s_-])(?:${STRONG_BOILERPLATE_WORDS.map((w) => w.replace(/-/g, '[-_]?')).join('|')})`,
);

/**
 * Class/id words of page furniture (after Readability.js's unlikelyCandidates); ignored when the
 * same element also carries a content word (CONTENT_WORDS), since layouts name wrappers
 * "main-sidebar-content" and the like.
 */
export const WEAK_BOILERPLATE =
  /(?:^|[\s_-])(?:sidebar|widget|banner|masthead|menu|nav|navbar|footer|header|topbar|foot|meta|rss|login|search|shoutbox|combx|community|remark|agegate|utility|toc|alert|notice|overlay|ticker|carousel|slider|gallery|sticky)/;

/** Class tokens that hide an element (utility CSS); whole tokens only, since "label-hidden" hides a label. */
export const HIDDEN_CLASS =
  /(?:^|\s)(?:hidden|hide|d-none|is-hidden|visually-hidden|sr-only|screen-reader-text)(?:$|\s)/;

/**
 * Embedded posts (tweets, Instagram, Facebook posts) quoted by an article: their wrappers are often
 * named "social-embed", but the quoted text belongs to the article.
 */
export const EMBEDDED_POST = /embed|twitter-tweet|instagram-media|fb-post|tiktok-embed/;

/** Class/id words of content wrappers (Readability.js's okMaybeItsACandidate, widened). An
 * accordion is the article's own sections folded away ("My methodology"), even when a setting in
 * its class list reads like furniture ("pane-header-alignment-left"). */
export const CONTENT_WORDS = /article|body|content|entry|main|post|story|text|column|shadow|blog|accordion/;

/** Ads often carry a bare "ad"/"ads" token, which the word patterns above cannot tell from "add". */
export const AD_TOKEN = /^(?:ad|ads|advert|adv|ad-\S+|ads-\S+|\S+-ad|\S+-ads|adsbygoogle|ad_\S+)$/;

/**
 * Class/id/itemprop hints of an article body container, most specific first (after trafilatura's
 * BODY_XPATH). A hinted element is preferred when it holds most of the best candidate's text.
 */
export const BODY_HINT =
  /(?:^|[\s_-])(?:article[-_]?body|articlebody|article[-_]?content|article[-_]?text|story[-_]?body|story[-_]?content|story[-_]?text|post[-_]?body|post[-_]?content|post[-_]?entry|entry[-_]?content|entry[-_]?body|body[-_]?text|main[-_]?text|article__body|article__content|rich[-_]?text|page[-_]?content|content[-_]?body)(?:$|[\s_-])/;

/** Whole paragraphs that are furniture, not text (ad labels, share prompts, reading prompts). */
export const BOILERPLATE_PARAGRAPH =
  /^(?:advertisement|advertising|advert|ad|sponsored( content)?|story continues below( advertisement)?|article continues below( advertisement)?|continue reading( below)?|read more|read next|see also|related( articles| stories| coverage)?|share( this)?( article| story| post| on \w+)?|tweet|email|print|comments?|loading\.{0,3}|supported by|skip (?:advertisement|ad)|click here to .{0,60}|sign up .{0,80}|subscribe .{0,80}|follow us .{0,60})[\s.:!»›>]*$/i;

/**
 * Lines that send the reader to the site's or author's social accounts ("Follow The Times Opinion
 * section on Facebook, Twitter and Instagram.", "Join me on TikTok: @…") or list the post's
 * taxonomy ("Filed under: Politics |", "Tags: a, b"): furniture when short (MAX_PROMPT_LINE_CHARS).
 */
export const SOCIAL_FOLLOW_LINE =
  /^(?:follow|find|join|connect with)\b.{0,80}\b(?:on|at|via)\s+(?:facebook|twitter|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|pinterest)\b/i;
export const TAXONOMY_LINE = /^(?:(?:filed under|posted in)\s*:?|(?:categories|category|tags|tagged|topics)\s*:)\s*\S/i;
export const MAX_PROMPT_LINE_CHARS = 200;

/**
 * Phrases of legal and regulatory disclaimers (finance, insurance, health sites), of cookie and
 * "Do Not Sell" notices, and of the consent text US carriers require beside a text-message signup
 * ("Msg & data rates may apply. Reply STOP to cancel, HELP for help.", the wording of the CTIA
 * short-code guidelines): a block with two of them is the site's fine print, whatever its length,
 * not the article.
 */
export const DISCLAIMER_PHRASE =
  /for (?:general )?informational (?:and educational )?purposes only|not intended (?:to|as) (?:replace|be a substitute for|constitute|provide)|(?:legal|financial|tax|investment|medical) advice|all rights reserved|no reproduction|past performance|is not (?:an offer|a solicitation)|underwritten by|(?:is|are) administered by|licensed (?:insurer|producer|agency)|believed to be reliable|not guaranteed|member fdic|equal housing|terms and conditions apply|consult (?:a|your) (?:qualified|licensed|own)|we use cookies|(?:accept|reject|allow) (?:all )?cookies|cookie (?:policy|settings|preferences)|do not sell (?:or share )?my personal information|by continuing to (?:use|browse)|(?:msg|message)s? (?:&|and) data rates may apply|(?:reply|text) (?:stop|help)\b|consent is not a condition of (?:any )?purchase|recurring (?:automated )?(?:marketing )?(?:text|sms|marketing) (?:messages|alerts)/gi;
/** Disclaimer phrases that mark a block as fine print. */
export const MIN_DISCLAIMER_PHRASES = 2;

/** Short paragraphs that credit an image: "Photo: Jane Doe/Reuters", "Image credit: ...". */
export const IMAGE_CREDIT =
  /^(?:\(?(?:photo|photograph|image|picture|pic|graphic|illustration|video|file photo)s?(?: credit)?\s*(?::|by|\/|courtesy)|credit:|©|\(c\) )/i;

/** Paragraph length (characters) below which a credit pattern counts as a credit line. */
export const MAX_CREDIT_CHARS = 160;

/** A sentence ends in punctuation, possibly followed by a closing quote or bracket. */
export const SENTENCE_END = /[.!?…]["'”’»)\]]*$/;

/** Longest block that can be a byline or a date line rather than a sentence. */
export const MAX_BYLINE_CHARS = 80;

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters": names only after the "By". */
export const BYLINE =
  /^(?:by|written by|posted by)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&|\||and)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*\s*$/iu;

/**
 * Timestamp lines: "Nov 19, 2019 at 6:46 pm ET • 2 min read", "Updated 10:32 GMT", "5 min read",
 * "Published 18 May 2023". A date with little else, or a reading-time note.
 */
export const DATE_LINE =
  /^(?:(?:updated|published|posted|last updated|first published|modified)\s*:?\s*)?(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?)(?:[\s,|•·-]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[A-Z]{2,4})?)?(?:[\s|•·-]+\d+\s+min(?:ute)?s?\s+read)?\s*$|^\d+\s+min(?:ute)?s?\s+read$/iu;

/** What BYLINE and DATE_LINE need before they are worth running: BYLINE's first word and the space
 * after it, and a digit, which every DATE_LINE form holds. Both patterns compile to about 100 KB of
 * regex bytecode (Unicode classes under the i flag), tens of milliseconds in each process that
 * runs them; a page with no such line now never compiles them. */
export const BYLINE_START = /^(?:by|written by|posted by)\s/iu;
export const HAS_DIGIT = /\d/;

/**
 * Appeals for money from the site to its readers (the closing box of nonprofit and reader-funded
 * publications, a blogger's Patreon line): a short block that names a donation and either asks for
 * the site's support ("support us", "your monthly donation", "our nonprofit newsroom") or opens
 * with the request itself ("Support …!", "Donate today"). A story about donations names them
 * without asking the reader for any.
 */
export const DONATION_WORD =
  /\b(?:donat(?:e|es|ing|ions?)|patreon|become an? (?:patron|member|supporter|sustaining member)|chip in)\b/i;
export const SUPPORT_APPEAL =
  /\b(?:support (?:us|our|independent|nonprofit|non-profit|local) ?|your (?:(?:one-off|one-time|monthly|recurring|annual|tax-deductible|generous) (?:or (?:one-off|one-time|monthly|recurring|annual) )?)?(?:support|donations?|gifts?|contributions?)\b|(?:our|this) (?:non-?profit|independent|reader-(?:supported|funded)|member-supported)\b)/i;
export const APPEAL_START = /^\W*(?:support|donate)\b/i;
/** Longest block read as a donation appeal (characters). */
export const MAX_APPEAL_CHARS = 300;
/** A short line thanking the readers who pay ("This story is funded by readers like you"), or
 * naming the appeal ("Support local journalism"), without a donation word. */
export const APPEAL_LABEL =
  /\b(?:(?:readers|members|viewers) like you|support (?:our|independent|local|nonprofit|non-profit) (?:journalism|reporting|newsroom|mission|work))\b/i;

/** WordPress's own media shortcodes (the Shortcode API's built-in list) and a theme's button. */
const MEDIA_SHORTCODES = '(?:caption|wp_caption|gallery|audio|video|playlist|embed|button)';

/**
 * WordPress shortcodes left unexpanded in the page (the theme printed the post's source): a block
 * that is one shortcode of WordPress's own media set (caption, gallery, audio, video, playlist,
 * embed; after the Shortcode API's built-in list) or a theme's button around its label, or a lone
 * closing tag ("[/embed]") or tag with attributes ("[gallery ids=\"1,2\"]"). A bracket in prose
 * ("[sic]", "[closed Mondays]") has neither a closing tag nor attributes.
 */
export const MEDIA_SHORTCODE_BLOCK = new RegExp(`^\\[(${MEDIA_SHORTCODES})\\b[^\\]]*\\][\\s\\S]*\\[\\/\\1\\]$`, 'i');
/** The same media shortcodes inside a paragraph ("[caption id=… width=300] A caption.[/caption] The
 * story goes on"): a shortcode with what it wraps, a tag with attributes ("[gallery ids=\"1,2\"]"),
 * or a closing tag left alone ("[/caption]"). Only WordPress's own media names: a bracket in prose
 * ("[sic]", "[in red letters]") is neither. */
export const INLINE_MEDIA_SHORTCODE = new RegExp(
  `\\[(${MEDIA_SHORTCODES})\\b[^\\]]*\\][\\s\\S]*?\\[\\/\\1\\]|\\[${MEDIA_SHORTCODES}\\s[^\\]]*=[^\\]]*\\]|\\[\\/${MEDIA_SHORTCODES}\\]`,
  'gi',
);
export const LONE_SHORTCODE_TAG = /^\[(?:\/[a-z][\w-]*|[a-z][\w-]*(?:\s+[\w-]+=\S+)+\s*\/?)\]$/i;

/**
 * Fallback notices of a widget that needs scripts ("This slideshow requires JavaScript.", "Please
 * enable JavaScript to view …", "Your browser does not support the video tag."): the whole block is
 * the notice, which starts with it.
 */
export const SCRIPT_NOTICE =
  /^(?:(?:this|the) [\w -]{1,30} requires? javascript|(?:please )?(?:enable|turn on|activate|allow) javascript|(?:you (?:need to|must) )enable javascript|javascript (?:is|must be|needs to be) (?:disabled|turned off|enabled|required|switched on)|your (?:web )?browser (?:does not|doesn['’]t) support|to (?:view|see|watch|play) this [\w ]{1,30},? (?:please )?enable javascript)/i;
/** Longest block read as a script notice (characters). */
export const MAX_SCRIPT_NOTICE_CHARS = 160;
