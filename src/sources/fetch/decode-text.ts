// Bytes of a feed or sitemap as text: the charset from the Content-Type header or the XML
// declaration, UTF-8 otherwise; a gzipped body (sitemap.xml.gz) is unpacked first.
import iconv from 'iconv-lite';
import { gunzipBounded, isGzip, MAX_XML_BYTES } from '../bounded-read.js';

const XML_ENCODING = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i;
const CHARSET_PARAM = /charset\s*=\s*"?([\w.:-]+)/i;

export function bodyText(body: Uint8Array, contentType?: string): string {
  const bytes = isGzip(body) ? gunzipBounded(body, MAX_XML_BYTES) : body;
  const head = Buffer.from(bytes.subarray(0, 200)).toString('latin1');
  const charset = contentType?.match(CHARSET_PARAM)?.[1] ?? head.match(XML_ENCODING)?.[1] ?? 'utf-8';
  const text = iconv.encodingExists(charset)
    ? iconv.decode(Buffer.from(bytes), charset)
    : Buffer.from(bytes).toString('utf8');
  return text.replace(/^\uFEFF/, '');
}
