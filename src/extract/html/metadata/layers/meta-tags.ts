// Layers 3-6: <meta> vocabularies, one layer each, in the order of their reliability for articles.
// Every vocabulary is a table: field -> meta keys (lower-cased name / property), first present wins.
import type { RawMetadata } from '../types.js';
import type { PageScan } from '../scan.js';
import { parseDate } from '../../../dates.js';
import { WRITTEN_YEAR } from '../date-values.js';
import { dateOrder } from '../locale-dates.js';

type Vocabulary = Readonly<
  Partial<
    Record<
      'title' | 'authors' | 'published' | 'modified' | 'siteName' | 'canonicalUrl' | 'tags' | 'image' | 'language',
      readonly string[]
    >
  >
>;

/** OpenGraph (ogp.me) with its article:* extension; some sites prefix article keys with og:. */
export const OPEN_GRAPH: Vocabulary = {
  title: ['og:title'],
  authors: ['article:author', 'og:article:author', 'article:author_name'],
  published: ['article:published_time', 'og:article:published_time', 'article:published', 'og:published_time'],
  modified: ['article:modified_time', 'og:article:modified_time', 'og:updated_time', 'article:modified'],
  siteName: ['og:site_name'],
  canonicalUrl: ['og:url'],
  tags: ['article:tag', 'og:article:tag'],
  image: ['og:image', 'og:image:url', 'og:image:secure_url'],
  language: ['og:locale'],
};

/** Twitter cards. `twitter:creator` is a handle, not a name, so authors come only from the
 * "Written by" label/data pair that Yoast SEO and similar plugins emit (see readTwitter). */
export const TWITTER: Vocabulary = {
  title: ['twitter:title'],
  image: ['twitter:image', 'twitter:image:src'],
};

/** Dublin Core (DC.* and DCTERMS.*), as used by many publishers and repositories. */
export const DUBLIN_CORE: Vocabulary = {
  title: ['dc.title', 'dcterms.title'],
  authors: ['dc.creator', 'dcterms.creator', 'dc.creator.personalname', 'dc.contributor'],
  published: ['dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date', 'dcterms.date'],
  modified: ['dc.date.modified', 'dcterms.modified'],
  siteName: ['dc.publisher', 'dcterms.publisher'],
  tags: ['dc.subject'],
  language: ['dc.language', 'dcterms.language'],
};

/** Parse.ly and Sailthru analytics tags, plus common ad-hoc names used by news CMSs. */
export const ANALYTICS_AND_CMS: Vocabulary = {
  title: ['parsely-title', 'sailthru.title'],
  authors: [
    'parsely-author',
    'sailthru.author',
    'author',
    'byl',
    'article.author',
    'cxenseparse:author',
    'citation_author',
  ],
  published: [
    'parsely-pub-date',
    'sailthru.date',
    'article.published',
    'publish-date',
    'publish_date',
    'publishdate',
    'pubdate',
    'publication_date',
    'date',
    'datepublished',
    'article_date_original',
    'original-publish-date',
    'citation_publication_date',
    'cxenseparse:recs:publishtime',
    'release_date',
  ],
  modified: ['article.updated', 'last-modified', 'lastmod', 'datemodified'],
  siteName: ['application-name', 'apple-mobile-web-app-title'],
  tags: ['parsely-tags', 'sailthru.tags', 'news_keywords', 'keywords'],
};

/** Twitter's label/data pairs: a label like "Written by" names what the paired data holds. */
const WRITTEN_BY_LABEL = /^(written|posted|published)\s+by$|^(author|autor|auteur|verfasst von|escrito por)$/i;

export function readVocabulary(scan: PageScan, vocab: Vocabulary): RawMetadata {
  const out: RawMetadata = {};
  const first = (keys: readonly string[] | undefined) => {
    for (const k of keys ?? []) {
      const v = scan.metas.get(k)?.find((x) => x.trim() !== '');
      if (v !== undefined) return v.trim();
    }
    return undefined;
  };
  // Every value of every key: repeated tags (DC.creator, article:author, article:tag) list several items.
  const all = (keys: readonly string[] | undefined) => {
    const v = (keys ?? [])
      .flatMap((k) => scan.metas.get(k) ?? [])
      .map((x) => x.trim())
      .filter(Boolean);
    return v.length > 0 ? v : undefined;
  };
  out.title = first(vocab.title);
  out.authors = all(vocab.authors);
  out.published = first(vocab.published);
  out.modified = first(vocab.modified);
  out.siteName = first(vocab.siteName);
  out.canonicalUrl = first(vocab.canonicalUrl);
  const tags = all(vocab.tags);
  out.tags = tags
    ?.flatMap((t) => t.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
  out.image = first(vocab.image);
  out.language = first(vocab.language);
  return out;
}

export function readTwitter(scan: PageScan): RawMetadata {
  const out = readVocabulary(scan, TWITTER);
  for (let i = 1; i <= 4; i++) {
    const label = scan.metas.get(`twitter:label${i}`)?.[0]?.trim();
    const data = scan.metas.get(`twitter:data${i}`)?.[0]?.trim();
    if (label && data && WRITTEN_BY_LABEL.test(label)) out.authors = [data];
  }
  return out;
}

/** Meta names that CMSs invent for the publication date ("published", "w-published-date",
 * "cludo:date", "sailthru.date", "article:publish_date"): a date word at the end of the key. */
const PUBLISHED_META_KEY =
  /(^|[-_.:])(published|publish(ed)?[-_]?(date|time|on)|pub[-_]?(date|time)|date[-_]?published|creat(ed|ion)[-_]?(date|time)|date)$/;
/** Keys of other dates that also end in a date word (modification, expiry, events, copyright,
 * a legal filing or a submission). */
const OTHER_DATE_KEY =
  /(modif|update|expir|revis|review|event|start|end|birth|copyright|valid|last|fil(ing|ed)|due|deadline|receiv|accept|submit)/;

/** Last meta layer: any meta whose key names a publication date, for vocabularies not listed above. */
/** Several such keys that disagree ("published-time" a render stamp of this week, "published-date"
 * the day the post went out years ago): the earliest date is the original publication, a later one
 * a restamp. Without a readable date, the first key's value (the cascade then rejects it). */
export function readPublishedMetaKeys(scan: PageScan): RawMetadata {
  let first: string | undefined;
  let earliest: { raw: string; day: string } | undefined;
  const order = dateOrder(scan);
  for (const [key, values] of scan.metas) {
    if (!PUBLISHED_META_KEY.test(key) || OTHER_DATE_KEY.test(key)) continue;
    const v = values.find((x) => x.trim() !== '')?.trim();
    if (!v) continue;
    first ??= v;
    const day = WRITTEN_YEAR.test(v) ? parseDate(v, order)?.slice(0, 10) : undefined;
    if (day && (!earliest || day < earliest.day)) earliest = { raw: v, day };
  }
  const published = earliest?.raw ?? first;
  return published ? { published } : {};
}
