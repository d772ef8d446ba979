// Reading an index's answer about a project: PEP 691 JSON, PEP 503 HTML, or PyPI's JSON API.
// Pure: the bytes in, the files (name and sha256, when the index gives one) out, or why not.

export interface ListedFile {
  readonly filename: string;
  /** Lower-case hex; undefined when the index lists the file without one. */
  readonly sha256?: string;
}

export type Listing =
  | { readonly ok: true; readonly files: readonly ListedFile[] }
  | { readonly ok: false; readonly problem: string };

export const SIMPLE_ACCEPT =
  'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';

const HEX64 = /^[0-9a-f]{64}$/i;

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && HEX64.test(value) ? value.toLowerCase() : undefined;
}

/** PEP 691: `{"meta": {"api-version": "1.x"}, "files": [{"filename", "hashes": {"sha256"}}]}`. */
export function parseSimpleJson(text: string): Listing {
  let answer: { meta?: { 'api-version'?: unknown }; files?: unknown };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    return { ok: false, problem: 'its JSON answer does not parse' };
  }
  if (!Array.isArray(answer?.files)) {
    return { ok: false, problem: 'its JSON answer has no "files" list (PEP 691)' };
  }
  const files: ListedFile[] = [];
  for (const entry of answer.files as { filename?: unknown; hashes?: { sha256?: unknown } }[]) {
    if (typeof entry?.filename !== 'string') continue;
    files.push({ filename: entry.filename, sha256: sha(entry.hashes?.sha256) });
  }
  return { ok: true, files };
}

/** PyPI's `/pypi/<name>/<version>/json`: `{"urls": [{"filename", "digests": {"sha256"}}]}`. */
export function parseJsonApi(text: string): Listing {
  let answer: { urls?: unknown };
  try {
    answer = JSON.parse(text) as typeof answer;
  } catch {
    return { ok: false, problem: 'its JSON API answer does not parse' };
  }
  if (!Array.isArray(answer?.urls))
    return { ok: false, problem: 'its JSON API answer has no "urls"' };
  const files: ListedFile[] = [];
  for (const entry of answer.urls as { filename?: unknown; digests?: { sha256?: unknown } }[]) {
    if (typeof entry?.filename !== 'string') continue;
    files.push({ filename: entry.filename, sha256: sha(entry.digests?.sha256) });
  }
  return { ok: true, files };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A numeric character reference's character. What HTML decodes to U+FFFD (zero, a surrogate, past
 * U+10FFFF) is U+FFFD here too: String.fromCodePoint would throw on the last.
 */
export function codePointText(code: number): string {
  const valid =
    Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return valid ? String.fromCodePoint(code) : '\ufffd';
}

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const hex = name[1] === 'x' || name[1] === 'X';
      return codePointText(hex ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** An anchor's attributes (between `<a` and `>`) and its inner markup. */
interface Anchor {
  readonly attributes: string;
  readonly inner: string;
}

/** Where a closing `</a>` (`</a  >` too) starts at or after `from`, and where it ends; or none. */
function closingTag(lower: string, from: number): { start: number; end: number } | undefined {
  for (let at = lower.indexOf('</a', from); at >= 0; at = lower.indexOf('</a', at + 3)) {
    let end = at + 3;
    while (end < lower.length && /\s/.test(lower[end]!)) end++;
    if (lower[end] === '>') return { start: at, end: end + 1 };
  }
  return undefined;
}

/**
 * Every `<a …>…</a>` of a page, in one pass: each search starts where the last one ended, so a
 * page of 300,000 unclosed anchors is read in linear time (a lazy regular expression that looks
 * for each one's `</a>` to the end of the page takes minutes).
 */
export function anchors(html: string): Anchor[] {
  // ASCII only: toLowerCase may lengthen a string ('İ'), and the offsets must stay the page's.
  const lower = html.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
  const found: Anchor[] = [];
  let from = 0;
  for (;;) {
    const open = lower.indexOf('<a', from);
    if (open < 0) break;
    if (!/\s/.test(lower[open + 2] ?? '')) {
      from = open + 2;
      continue;
    }
    const close = lower.indexOf('>', open + 3);
    if (close < 0) break;
    const end = closingTag(lower, close + 1);
    // No `</a>` after this anchor: none after any later one either.
    if (!end) break;
    found.push({
      attributes: html.slice(open + 3, close),
      inner: html.slice(close + 1, end.start),
    });
    from = end.end;
  }
  return found;
}

/** Markup without its tags, in one pass (`<` with no `>` after it is kept as text). */
export function withoutTags(markup: string): string {
  let text = '';
  let from = 0;
  for (;;) {
    const open = markup.indexOf('<', from);
    const close = open < 0 ? -1 : markup.indexOf('>', open + 1);
    if (close < 0) return text + markup.slice(from);
    text += markup.slice(from, open);
    from = close + 1;
  }
}

/** The last segment of a link's path, %-decoded when it decodes. */
function lastSegment(location: string): string {
  const segment = location.split('?')[0]!.split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * PEP 503: one anchor per file, its text the file name, its href ending in `#sha256=<hex>`.
 * A page with neither anchors nor the repository-version meta tag is not a simple index page
 * (a login page, say), and saying "no files" about it would upload blindly.
 */
export function parseSimpleHtml(html: string): Listing {
  const files: ListedFile[] = [];
  for (const anchor of anchors(html)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(anchor.attributes);
    if (!href) continue;
    const link = decodeEntities(href[1] ?? href[2] ?? href[3] ?? '');
    const text = decodeEntities(withoutTags(anchor.inner)).trim();
    const [location, fragment = ''] = link.split('#', 2) as [string, string?];
    const filename = text || lastSegment(location);
    if (!filename) continue;
    const hash = /(?:^|&)sha256=([0-9a-f]{64})(?:&|$)/i.exec(fragment);
    files.push({ filename, sha256: hash?.[1]?.toLowerCase() });
  }
  if (files.length === 0 && !/name=["']?pypi:repository-version/i.test(html)) {
    return {
      ok: false,
      problem: 'its HTML page holds no file links (it is not a PEP 503 simple index page)',
    };
  }
  return { ok: true, files };
}

/** Picks the parser by the answer's content type (PEP 691 content negotiation). */
export function parseSimpleAnswer(contentType: string | undefined, text: string): Listing {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/vnd.pypi.simple.v1+json' || type === 'application/json') {
    return parseSimpleJson(text);
  }
  if (
    type === 'text/html' ||
    type === 'application/vnd.pypi.simple.v1+html' ||
    /^\s*</.test(text)
  ) {
    return parseSimpleHtml(text);
  }
  return {
    ok: false,
    problem: `it answered ${type || 'without a content type'}, neither the JSON (PEP 691) nor the HTML (PEP 503) simple API`,
  };
}
