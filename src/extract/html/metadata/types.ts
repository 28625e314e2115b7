import type { Element } from 'domhandler';
import type { Provenance, Warning } from '../../../record/types.js';

/** What `extractMetadata` returns: the article's metadata fields. */
export interface HtmlMetadata {
  title: string | null;
  authors: string[];
  published: string | null;
  modified: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  tags: string[];
  image: string | null;
  language?: string;
  warnings: Warning[];
}

/** Raw, unnormalised values one source offers; the cascade cleans and validates them. */
export interface RawMetadata {
  title?: string;
  authors?: string[];
  /** Names to use only when no layer names a person: an Organization author, a user name. */
  fallbackAuthors?: string[];
  published?: string;
  /** The element `published` was read from (layers reading the page's markup): several layers
   * reading one element (a `<time class="entry-date published">` is a <time>, an hAtom date and a
   * date-classed element) are one source when sources are counted. */
  publishedElement?: Element;
  modified?: string;
  /** A date the page shows labelled as an update beside its publication date (visible-date layer). */
  shownUpdate?: string;
  /** A date the article's text gives as its original publication ("This article was originally
   * published on 26 Sep 2019 …"): it outranks a later publication date from any source. */
  originalPublished?: string;
  siteName?: string;
  canonicalUrl?: string;
  tags?: string[];
  image?: string;
  language?: string;
}

/** Which source supplied each field: the record's `provenance` (see its type for the names). */
export type MetadataSources = Provenance;
