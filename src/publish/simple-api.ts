// Reading an index's answer about a project: PEP 691 JSON, PEP 503 HTML, or PyPI's JSON API.
// Pure: the bytes in, the files (name and sha256, when the index gives one) out, or why not.

export interface ListedFile {
  readonly filename: string;
  /** Lower-case hex; undefined when the index lists the file without one. */
  readonly sha256?: string;
  /** Where the index serves it, as written there (it may be relative to the answer's URL). */
  readonly url?: string;
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

function withUrl(url: unknown): { url?: string } {
  return typeof url === 'string' && url !== '' ? { url } : {};
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
  type Entry = { filename?: unknown; url?: unknown; hashes?: { sha256?: unknown } };
  for (const entry of answer.files as Entry[]) {
    if (typeof entry?.filename !== 'string') continue;
    files.push({
      filename: entry.filename,
      sha256: sha(entry.hashes?.sha256),
      ...withUrl(entry.url),
    });
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
  type Entry = { filename?: unknown; url?: unknown; digests?: { sha256?: unknown } };
  for (const entry of answer.urls as Entry[]) {
    if (typeof entry?.filename !== 'string') continue;
    files.push({
      filename: entry.filename,
      sha256: sha(entry.digests?.sha256),
      ...withUrl(entry.url),
    });
  }
  return { ok: true, files };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * PEP 503: one anchor per file, its text the file name, its href ending in `#sha256=<hex>`.
 * A page with neither anchors nor the repository-version meta tag is not a simple index page
 * (a login page, say), and saying "no files" about it would upload blindly.
 */
export function parseSimpleHtml(html: string): Listing {
  const files: ListedFile[] = [];
  const anchor = /<a\s([^>]*)>([\s\S]*?)<\/a\s*>/gi;
  for (const match of html.matchAll(anchor)) {
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(match[1]!);
    if (!href) continue;
    const link = decodeEntities(href[1] ?? href[2] ?? href[3] ?? '');
    const text = decodeEntities(match[2]!.replace(/<[^>]*>/g, '')).trim();
    const [location, fragment = ''] = link.split('#', 2) as [string, string?];
    const fromPath = decodeURIComponent(location.split('?')[0]!.split('/').pop() ?? '');
    const filename = text || fromPath;
    if (!filename) continue;
    const hash = /(?:^|&)sha256=([0-9a-f]{64})(?:&|$)/i.exec(fragment);
    files.push({ filename, sha256: hash?.[1]?.toLowerCase(), ...withUrl(location) });
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
