// The line patterns of text dumps, in one place. Each matches a whole trimmed line, case-insensitive.
// They describe platform furniture (Blogger, WordPress, Medium, Substack, news CMSs), never one site.

/** Furniture dropped wherever it appears: navigation, share and subscribe buttons, ads, reading times. */
export const BOILERPLATE_LINE = new RegExp(
  '^(?:' +
    [
      'home',
      'accueil',
      'inicio',
      'startseite',
      'главная',
      'menu',
      'search',
      'skip to (?:main )?content',
      'sign in',
      'log ?in',
      'subscribe(?: now)?',
      'sign up',
      'newsletter',
      'advertisement(?:\\s*[-–—:]\\s*.*)?',
      'advertising',
      'ad',
      'sponsored(?: content)?',
      'story continues(?: below)?(?: advertisement)?',
      'member-only story',
      'sort by \\S+(?: \\S+)?',
      'newest first',
      'oldest first',
      'table of contents?',
      'contents',
      'in this article:?',
      '(?:posted|published|updated|written)(?: on| by)?',
      'by',
      '\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[a-z]{2,4})?',
      'subscribe to \\S+(?: \\S+){0,5}',
      'sign up for \\S+(?: \\S+){0,8}',
      'related\\s*:.+',
      '(?:read|see) (?:more|also)\\s*[:»›].+',
      'share',
      'share (?:this|the) (?:article|story|post|page)',
      'share this',
      'share on \\S+',
      'share to \\S+',
      'share via \\S+',
      'tweet',
      'e-?mail',
      'print',
      'email this',
      'blogthis!',
      'facebook',
      'twitter',
      'x',
      'whatsapp',
      'telegram',
      'linkedin',
      'reddit',
      'pinterest',
      'copy link',
      'link copied',
      'listen(?: to this article)?(?: \\d+ min)?',
      '\\d+ min(?:ute)?s? read',
      'read more',
      'continue reading',
      'loading\\W*',
      'like',
      'reply',
      'report',
      'follow(?: us)?',
      'back to top',
      'scroll to top',
      'click to share on .*',
      '.*\\(opens in new window\\)',
      'powered by \\S+\\.?',
      '(?:©|copyright).*',
      'all rights reserved\\.?',
      'top stories',
      'most read',
      'trending(?: now)?',
      'upgrade(?: to paid)?',
      'open in app',
      'get the app',
      'download the app',
      'sign up for (?:our|the) .*newsletter.*',
      'subscribe to (?:our|the) .*newsletter.*',
      'accept(?: all)?(?: cookies)?',
      'reject(?: all)?',
      'manage (?:preferences|cookies|settings)',
      'cookie (?:settings|policy|preferences)',
      'got it',
      'ok',
      'close',
      'unsubscribe(?:\\s.*)?',
      'update your preferences',
      'manage (?:your )?subscription',
      'previous(?: article| post)?',
      'next(?: article| post)?',
      '(?:labels|tags|topics|filed under|posted in|categories|category)\\s*:.*',
    ].join('|') +
    ')$',
  'iu',
);

/**
 * Photo captions and credits that page dumps keep between the byline and the body: wire credits
 * ("REUTERS/Jane Doe", "(AP Photo/…)", "AFP via Getty Images"), "Photo:" lead-ins, gallery counters.
 */
export const CAPTION_LINE =
  /^\p{Lu}[\p{L}.' -]{2,40}\s*\/\s*(?:Reuters|AP|AFP|EPA|Getty Images|Bloomberg|Shutterstock|AP Photo|Anadolu)$|^(?:image|photo|picture|video)\s+(?:credit|courtesy|source)\b|^courtesy of\b|^\/?\s*source\s*:|^(?:image|icon|photo)$|REUTERS\/\p{Lu}|\((?:AP|AFP|EPA|Reuters) Photo\b|\bvia Getty Images\b|Getty Images$|\/(?:AFP|AP|EPA|Reuters|Getty)\)?$|^(?:photo|image|picture|foto|фото|photo credit|credit)\s*:|^\[\d+\/\d+\]/iu;

/** A cookie or consent notice: a line that asks about cookies. */
export const COOKIE_NOTICE =
  /\bcookies?\b.*\b(?:use|accept|consent|agree|privacy|experience|settings)\b|\b(?:use|accept|consent|agree)\b.*\bcookies?\b/iu;
/** Cookie notices are a few sentences at most; a longer paragraph about cookies is content. */
export const COOKIE_NOTICE_MAX_WORDS = 60;

/** Navigation: "Home | World | Politics", "Home > World > Asia", "World · Asia · Europe". */
export const NAV_LINE = /^(?:[^|>»·•/]{1,30}\s*[|>»·•/]\s*){2,}[^|>»·•/]{0,30}$/u;

/** The end of the article body: comment sections, footers, related links, post navigation. */
export const BODY_END = new RegExp(
  '^(?:' +
    [
      'no comments:?',
      '\\d+ comments?:?',
      'comments?(?: \\(\\d+\\))?:?',
      '(?:\\d+|one|two|three) (?:thoughts?|responses?|replies|comments?) (?:on|to) .*',
      'post a comment',
      'leave a (?:reply|comment)',
      'add a comment',
      'join the (?:conversation|discussion)',
      'newer post',
      'older post',
      'subscribe to: .*',
      'related(?: articles| posts| stories| coverage| content| reading| links)?:?',
      'you (?:may|might) also (?:like|be interested in):?',
      'more (?:from|on|stories|in) \\S+(?: \\S+){0,4}',
      'more stories',
      'most (?:popular|read|viewed|shared)(?: \\S+){0,3}',
      'latest (?:news|stories|articles|posts)',
      'popular (?:posts|stories|articles)',
      'further reading:?',
      'around the web',
      'from the web',
      'recommended(?: for you| stories)?:?',
      'read next:?',
      'about the author:?',
      'share this:?',
      'like this:?',
      'posted by .*',
      'posted (?:at|on) \\S+(?: \\S+){0,6}',
      '(?:publicado por|publié par|eingestellt von|pubblicato da|geplaatst door|opublikowane przez) .*',
      'written by .*',
      '(?:labels|tags|topics|filed under|posted in|categories)\\s*:.*',
      '(?:additional )?reporting by .*',
      'editing by .*',
      'our standards:.*',
      // Related-reading and Blogger footers in other languages.
      'mehr zum thema:?',
      'lesen sie auch:?',
      '(?:à )?lire aussi:?',
      'voir aussi:?',
      'lee también:?',
      'leer más:?',
      'leggi anche:?',
      'читайте также:?',
      'читайте також:?',
      'related topics:?',
      'czytaj (?:także|też):?',
      'zie ook:?',
      'unsubscribe(?:\\s.*)?',
      'aucun commentaire:?',
      'publier un commentaire',
      'article plus (?:récent|ancien)',
      'no hay comentarios:?',
      'publicar un comentario',
      'entrada (?:más reciente|antigua)',
      'keine kommentare:?',
      'kommentar veröffentlichen',
      'neuerer post',
      'älterer post',
      'нет комментариев:?',
      'опубликовать комментарий',
      'libellés\\s*:.*',
      'etiquetas\\s*:.*',
      'labels\\s*:.*',
    ].join('|') +
    ')$',
  'iu',
);

/** Opens the comment section; the count, when written, is in group 1 ("3 comments:", "Comments (3)"). */
export const COMMENTS_HEADER =
  /^(?:(\d+|no|one|two|three|aucun|no hay|keine|нет) (?:comments?|thoughts?|responses?|replies|commentaires?|comentarios?|kommentare?|комментари[йяев]+)(?: (?:on|to) .*)?|comments?(?: \((\d+)\))?):?$/iu;

/** Ends the comment section. */
export const COMMENTS_END = new RegExp(
  '^(?:' +
    [
      'post a comment',
      'leave a (?:reply|comment)',
      'add a comment',
      'cancel reply',
      'newer post',
      'older post',
      'home',
      'publier un commentaire',
      'publicar un comentario',
      'kommentar veröffentlichen',
      'опубликовать комментарий',
      'subscribe to: .*',
      'related(?: articles| posts| stories)?:?',
      'you (?:may|might) also like:?',
      'load more comments',
    ].join('|') +
    ')$',
  'iu',
);

/** A comment's author line: "Anonymous said...", "Jane Doe says:", "jdoe wrote:". */
export const COMMENT_AUTHOR =
  /^(.{1,60}?)\s+(?:said|says|wrote|writes|commented|sagte|a dit|dijo|ha detto|disse|schreef|написал[а]?|пише)\s*(?:\.\.\.|…|:)?$/iu;
/** Buttons inside comment threads. */
export const COMMENT_FURNITURE =
  /^(?:reply|replies|delete|report|like|likes|\d+ likes?|edit|share|flag|permalink|reply delete|log in to reply)$/iu;
/** Commenters who gave no name. */
export const ANONYMOUS = /^(?:anonymous|anon|unknown|guest|anonym|anonyme|anónimo|anonimo|аноним)$/iu;

/** A byline lead-in at the start of a line, followed by a capitalised name ("By Jane Doe", "by Jane Doe", "Von Anna Weber"). */
export const BYLINE_LEAD =
  /^(?:[Bb]y|BY|(?:[Pp]osted|[Ww]ritten|[Ww]ords|[Ss]tory|[Aa]rticle) (?:[Bb]y|BY)|[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Pp]rzez|[Аа]втор[ы]?:?)\s*:?\s+(?=\p{Lu})/u;

/** A byline's second line naming a role ("Staff Writer", "Senior Foreign Correspondent, Kyiv"). */
export const ROLE_LINE =
  /^(?:(?:senior|chief|staff|foreign|political|diplomatic|defen[cs]e|security|deputy|special|contributing|managing|associate|executive|investigative|international|regional|bureau|news|guest)\s+)*(?:writer|reporter|correspondent|editor|columnist|contributor|analyst|producer|journalist|chief)(?:\s*[,|].{0,40})?$/iu;

/**
 * "Key: value" header fields of scraper and e-mail dumps ("Title: …", "Author: …", "Date: …",
 * "URL: …"); group 1 is the key, group 2 the value.
 */
export const HEADER_FIELD =
  /^(title|headline|subject|author|authors|byline|writer|from|date|published|pubdate|publication date|url|link|source|to|cc|tags|keywords|categories|section|language|lang|id)\s*:\s*(.*)$/iu;
export const TITLE_FIELD = /^(?:title|headline|subject)$/iu;
export const AUTHOR_FIELD = /^(?:author|authors|byline|writer|from)$/iu;
export const DATE_FIELD = /^(?:date|published|pubdate|publication date)$/iu;

/** Credits for people who checked or illustrated the piece, not wrote it: header lines, never authors. */
export const CREDIT_LINE =
  /^(?:(?:fact[- ]?checked|(?:medically |expert )?reviewed|edited|verified|illustrat(?:ed|ions?)|photo(?:graph)?s?|video)\s+by\b|(?:reviewer|editor|fact checker)\s*:)/iu;

/** Words allowed around the date in a date-only header line ("Published: Thursday 17 Feb 2022, 10:12 GMT | 5 min read"). */
export const DATE_LINE_FILLER = new Set(
  (
    'posted published updated last modified date on at am pm a.m p.m uhr um le el il à de del г року r roku min mins minute minutes read gmt utc ' +
    'veröffentlicht aktualisiert am publié mis à jour publicado actualizado pubblicato aggiornato il ' +
    'опубликовано обновлено gepubliceerd bijgewerkt op opublikowano zaktualizowano'
  ).split(' '),
);
