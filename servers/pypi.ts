// A local package index that behaves like PyPI (Warehouse) where pyrelease and its tools touch it:
// the legacy upload API twine posts to, the PEP 503 simple index and file downloads pip installs
// from, the JSON API, and the trusted publishing token exchange. Listens on 127.0.0.1, port 0.
//
// Each test can switch what it serves (`serves`: Warehouse's JSON API and simple API, only the
// simple API with PEP 691 JSON, only PEP 503 HTML as pypiserver, or no read API), how it refuses a
// second file of a name (`duplicates`: Warehouse's 400, pypiserver's 409), and queue faults for
// the next matching requests (`faults`): 503 before or after storing, 429 with retry-after, a
// connection dropped, or a request held open until the test lets go or closes the server; for
// slow and hostile servers, headers then a byte every `dripMs` for ever (`drip`), a 600 MB answer
// (`huge`), a page of the test's own (`page`), or an upload whose body is never read (`stall`).
// Options stand in for what happens after an upload: the CDN listing a file late (`listLate`),
// and a file served as other content than was uploaded (`otherContent`).
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { canonicalProjectName, distFilenamePrefix } from '../src/version/pep440.js';
import { blake2b } from './blake2b.js';
import { multipartBoundary, parseMultipart, type FormPart } from './multipart.js';
import { uploadRefusal } from './pypi-rules.js';

export interface PypiFile {
  filename: string;
  /** The project name as uploaded (not canonicalised). */
  name: string;
  version: string;
  filetype: string;
  sha256: string;
  size: number;
  content: Buffer;
  /** The `attestations` form field (PEP 740), parsed, when the upload sent one. */
  attestations?: unknown[];
  /** When it was stored (ms since the epoch); a test may backdate it to age the release. */
  uploadedAt?: number;
}

export interface PypiRequest {
  method: string;
  path: string;
  status: number;
}

/** What the index offers to read: see the file's comment. */
export type Serves = 'pypi' | 'simple-json' | 'simple-html' | 'none' | 'no-hashes' | 'login-page';

export type FaultKind =
  '503-before' | '503-after' | '429' | 'hang' | 'drop' | 'drip' | 'huge' | 'page' | 'stall';

export interface Fault {
  /**
   * `upload`: POST /legacy/; `query`: the JSON API and the simple project pages; `mint`: the
   * trusted-publishing token exchange.
   */
  on: 'upload' | 'query' | 'mint';
  kind: FaultKind;
  /** For `drip`: the pause between two bytes (default 2000 ms). */
  dripMs?: number;
  /** For `page`: the answer, 200 with this content type and body. */
  page?: { contentType: string; body: string };
  /** For 429 and 503: the retry-after header. */
  retryAfter?: string;
  /** Only an upload of this file, or of a name that matches (default: the next request). */
  filename?: string | RegExp;
  /** For `query`: only a request whose path matches (default: the next query of either API). */
  path?: RegExp;
}

export interface PypiServer {
  url: string;
  uploadUrl: string;
  simpleUrl: string;
  /** The API token accepted as upload password with the user name `__token__`. */
  token: string;
  /** The token the OIDC exchange hands out; accepted for uploads once it has been minted. */
  mintedToken: string;
  files: PypiFile[];
  requests: PypiRequest[];
  serves: Serves;
  duplicates: 'pypi' | 'pypiserver';
  /** Consumed in order, each by the first request it matches. */
  faults: Fault[];
  /** Requests a `hang` fault holds open right now. */
  held: number;
  /** Resolves when `count` requests are held open. */
  waitForHeld(count?: number): Promise<void>;
  /** The tokens minted so far, in order. */
  minted: string[];
  /** The password each stored file was uploaded with, by file name. */
  uploadedWith: Map<string, string>;
  /** PEP 792 status served and enforced (archived and quarantined projects take no uploads). */
  projectStatus: string | undefined;
  close(): Promise<void>;
}

export interface PypiServerOptions {
  token?: string;
  mintedToken?: string;
  /**
   * The OIDC token (JWT) `/_/oidc/mint-token` exchanges, or a test of the token's claims, as a
   * trusted publisher matches repository and workflow; any other token is refused.
   */
  acceptedOidcToken?: string | ((claims: Record<string, unknown>) => boolean);
  serves?: Serves;
  duplicates?: 'pypi' | 'pypiserver';
  /** User names and passwords a private index accepts for uploads, besides `__token__`. */
  users?: Record<string, string>;
  /** Seconds a minted token lives (reported as `expires`, as Warehouse does); default 900. */
  mintedTokenLifetime?: number;
  /**
   * A minted token is refused as expired after this many stored uploads, whatever `expires`
   * said (a clock that disagrees with the index's).
   */
  expireTokensAfterUploads?: number;
  /**
   * The CDN's lag after an upload: a stored file whose name matches is left out of the listings
   * (JSON API, simple pages) the first `reads` times one would show it.
   */
  listLate?: { filename: string | RegExp; reads: number };
  /**
   * A stored file whose name matches is served as other content than was uploaded: another
   * sha256 in the listings (`listing`), or other bytes of the same size downloaded (`download`).
   */
  otherContent?: { filename: string | RegExp; where: 'listing' | 'download' };
}

function nameMatches(pattern: string | RegExp, filename: string): boolean {
  return typeof pattern === 'string' ? pattern === filename : pattern.test(filename);
}

/** The CDN's lag and other content (listLate, otherContent): what the listings and downloads show. */
function servedView(options: PypiServerOptions) {
  const lateReads = new Map<string, number>();
  const other = (file: PypiFile, where: 'listing' | 'download') =>
    options.otherContent?.where === where &&
    nameMatches(options.otherContent.filename, file.filename);
  return {
    /** The files a listing shows now; each read that leaves a late file out counts. */
    listed(found: PypiFile[]): PypiFile[] {
      const late = options.listLate;
      return found.filter((file) => {
        if (!late || !nameMatches(late.filename, file.filename)) return true;
        const reads = lateReads.get(file.filename) ?? 0;
        lateReads.set(file.filename, reads + 1);
        return reads >= late.reads;
      });
    },
    sha256(file: PypiFile): string {
      if (!other(file, 'listing')) return file.sha256;
      return createHash('sha256').update(file.content).update('other').digest('hex');
    },
    content(file: PypiFile): Buffer {
      if (!other(file, 'download')) return file.content;
      const changed = Buffer.from(file.content);
      changed[changed.length - 1] = changed[changed.length - 1]! ^ 0xff;
      return changed;
    },
  };
}

const HELP = 'https://pypi.org/help';

function jwtClaims(jwt: string): Record<string, unknown> {
  try {
    return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
  } catch {
    return {};
  }
}
const INVALID_AUTH = `Invalid or non-existent authentication information. See ${HELP}/#invalid-auth for more information.`;
const FILETYPES = new Set(['sdist', 'bdist_wheel']);

/** Thrown by handlers; Warehouse puts the message in both the reason phrase and the body. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Python's repr of a str, as Warehouse's messages quote names with `{!r}`. */
function repr(text: string): string {
  return text.includes("'") && !text.includes('"') ? `"${text}"` : `'${text.replace(/'/g, "\\'")}'`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(value));
}

function sendHtml(response: ServerResponse, title: string, links: string[]): void {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(
    `<!DOCTYPE html>\n<html>\n  <head>\n    <meta name="pypi:repository-version" content="1.0">\n` +
      `    <title>${escapeHtml(title)}</title>\n  </head>\n  <body>\n` +
      links.map((link) => `    ${link}<br />\n`).join('') +
      `  </body>\n</html>\n`,
  );
}

/** PEP 691 content negotiation: JSON when the client ranks it above HTML. */
function prefersJson(accept: string): boolean {
  let json = -1;
  let html = -1;
  for (const item of accept.split(',')) {
    const [type, ...params] = item.trim().split(';');
    const q = Number(/q=([\d.]+)/.exec(params.join(';'))?.[1] ?? '1');
    const name = type!.trim().toLowerCase();
    if (name === 'application/vnd.pypi.simple.v1+json') json = Math.max(json, q);
    if (name === 'application/vnd.pypi.simple.v1+html' || name === 'text/html')
      html = Math.max(html, q);
  }
  return json > 0 && json >= html;
}

/** The single text value of a form field, or undefined when absent. */
function field(parts: FormPart[], name: string): string | undefined {
  const part = parts.find(
    (candidate) => candidate.name === name && candidate.filename === undefined,
  );
  return part?.body.toString('utf8');
}

/**
 * PEP 740: the `attestations` field is a JSON array string, accepted only from trusted
 * publishing, never empty, at most one attestation per predicate type (Warehouse checks each one
 * against the production Sigstore root too, which a local index cannot).
 */
function parseAttestations(raw: string | undefined, trusted: boolean): unknown[] | undefined {
  if (raw === undefined) return undefined;
  const invalid = (reason: string) =>
    new HttpError(400, `Invalid attestations supplied during upload: ${reason}`);
  if (!trusted) throw invalid('Attestations are only supported when using Trusted Publishing');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw invalid('malformed JSON');
  }
  if (!Array.isArray(value)) throw invalid('expected a JSON array');
  if (value.length === 0) throw invalid('an empty attestation set is not permitted');
  if (value.length > 2) throw invalid('too many attestations');
  return value;
}

export async function startPypiServer(options: PypiServerOptions = {}): Promise<PypiServer> {
  const token = options.token ?? 'pypi-test-token';
  const mintedToken = options.mintedToken ?? 'pypi-minted-token';
  const files: PypiFile[] = [];
  const requests: PypiRequest[] = [];
  const minted: string[] = [];
  /** Minted token → when it expires (ms) and how many uploads it stored. */
  const mintedTokens = new Map<string, { expiresAt: number; uploads: number }>();
  const uploadedWith = new Map<string, string>();
  const heldWaiters: { count: number; resolve: () => void }[] = [];
  const view = servedView(options);
  const state = {
    serves: options.serves ?? 'pypi',
    duplicates: options.duplicates ?? 'pypi',
    faults: [] as Fault[],
    held: 0,
    projectStatus: undefined as string | undefined,
  };
  let base = '';

  /** Returns the password the upload authenticated with. */
  function checkAuth(request: IncomingMessage): string {
    const match = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
    if (!match) throw new HttpError(403, INVALID_AUTH);
    const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const [user, password] = [decoded.slice(0, colon), decoded.slice(colon + 1)];
    if (colon < 0) throw new HttpError(403, INVALID_AUTH);
    if (user !== '__token__') {
      if (options.users?.[user] !== undefined && options.users[user] === password) return password;
      throw new HttpError(403, INVALID_AUTH);
    }
    if (password === token) return password;
    const mintedToken = mintedTokens.get(password);
    if (!mintedToken) throw new HttpError(403, INVALID_AUTH);
    const limit = options.expireTokensAfterUploads;
    if (
      Date.now() >= mintedToken.expiresAt ||
      (limit !== undefined && mintedToken.uploads >= limit)
    ) {
      // Warehouse's words for a macaroon past its expiry caveat.
      throw new HttpError(403, 'Invalid API Token: token is expired');
    }
    return password;
  }

  /** Stores the file; returns its name (undefined when an identical file was already there). */
  function upload(request: IncomingMessage, body: Buffer): string | undefined {
    const password = checkAuth(request);
    const boundary = multipartBoundary(request.headers['content-type']);
    if (!boundary) throw new HttpError(400, 'Invalid request: expected multipart/form-data.');
    let parts: FormPart[];
    try {
      parts = parseMultipart(body, boundary);
    } catch (error) {
      throw new HttpError(400, `Invalid request: ${(error as Error).message}.`);
    }
    if (field(parts, ':action') !== 'file_upload') {
      throw new HttpError(400, 'Invalid value for :action. Error: expected file_upload.');
    }
    if (field(parts, 'protocol_version') !== '1')
      throw new HttpError(400, 'Unknown protocol version.');
    const name = field(parts, 'name') ?? '';
    const version = field(parts, 'version') ?? '';
    const filetype = field(parts, 'filetype') ?? '';
    if (!name) throw new HttpError(400, "'' is an invalid value for Name.");
    if (!version) throw new HttpError(400, "'' is an invalid value for Version.");
    if (!FILETYPES.has(filetype)) {
      throw new HttpError(400, 'Invalid value for filetype. Error: Use a known file type.');
    }
    const upload = parts.find((part) => part.name === 'content' && part.filename !== undefined);
    if (!upload?.filename) throw new HttpError(400, 'Upload payload does not have a file.');
    const filename = upload.filename;
    const prefix = distFilenamePrefix(name);
    if (!filename.toLowerCase().startsWith(`${prefix}-`)) {
      throw new HttpError(400, `Start filename for ${repr(name)} with ${repr(prefix)}.`);
    }
    const content = Buffer.from(upload.body);
    const sha256 = createHash('sha256').update(content).digest('hex');
    const blake2 = blake2b(content);
    const suppliedSha256 = field(parts, 'sha256_digest');
    const suppliedBlake2 = field(parts, 'blake2_256_digest');
    if (!suppliedSha256 && !suppliedBlake2) {
      throw new HttpError(400, 'Include at least one message digest.');
    }
    if (
      (suppliedSha256 !== undefined && suppliedSha256.toLowerCase() !== sha256) ||
      (suppliedBlake2 !== undefined && suppliedBlake2.toLowerCase() !== blake2)
    ) {
      throw new HttpError(
        400,
        'The digest supplied does not match a digest calculated from the uploaded file.',
      );
    }
    const existing = files.find((file) => file.filename === filename);
    // pypiserver (without --overwrite) refuses any second upload of a name.
    if (existing && state.duplicates === 'pypiserver') {
      throw new HttpError(409, `Package ${repr(filename)} already exists!`);
    }
    // Warehouse answers an identical re-upload with success and records nothing new.
    if (existing?.sha256 === sha256) return undefined;
    if (existing) {
      throw new HttpError(
        400,
        `File already exists (${repr(filename)}, with blake2_256 hash ${repr(blake2)}). ` +
          `See ${HELP}/#file-name-reuse for more information.`,
      );
    }
    // PyPI's upload rules, after the duplicate check as Warehouse orders them.
    const refused = uploadRefusal(
      { project: name, version, filetype, filename, content, fields: (key) => field(parts, key) },
      projectFiles(name).map((file) => ({ ...file, uploadedAt: file.uploadedAt ?? 0 })),
      state.projectStatus,
      Date.now(),
    );
    if (refused) throw new HttpError(refused.status, refused.message);
    // Attestations come with trusted publishing only, as on PyPI.
    const attestations = parseAttestations(
      field(parts, 'attestations'),
      mintedTokens.has(password),
    );
    files.push({
      filename,
      name,
      version,
      filetype,
      sha256,
      size: content.length,
      content,
      ...(attestations && { attestations }),
      uploadedAt: Date.now(),
    });
    uploadedWith.set(filename, password);
    const mintedToken = mintedTokens.get(password);
    if (mintedToken) mintedToken.uploads++;
    return filename;
  }

  /** The name of the file a multipart upload carries, read without checking anything. */
  function uploadFilename(request: IncomingMessage, body: Buffer): string | undefined {
    const boundary = multipartBoundary(request.headers['content-type']);
    if (!boundary) return undefined;
    try {
      return parseMultipart(body, boundary).find((part) => part.name === 'content')?.filename;
    } catch {
      return undefined;
    }
  }

  function takeFault(on: Fault['on'], filename?: string, path = ''): Fault | undefined {
    const at = state.faults.findIndex(
      (fault) =>
        fault.on === on &&
        (fault.path === undefined || fault.path.test(path)) &&
        (fault.filename === undefined ||
          (typeof fault.filename === 'string'
            ? fault.filename === filename
            : fault.filename.test(filename ?? ''))),
    );
    return at < 0 ? undefined : state.faults.splice(at, 1)[0];
  }

  /** Holds the request open (no answer, ever) until the server closes. */
  function hold(response: ServerResponse): Promise<void> {
    state.held++;
    for (const waiter of heldWaiters.filter((w) => state.held >= w.count)) {
      heldWaiters.splice(heldWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    return new Promise<void>((resolve) =>
      response.on('close', () => {
        state.held--;
        resolve();
      }),
    );
  }

  /** Headers, then one byte every `everyMs` until the client goes away. */
  async function drip(response: ServerResponse, everyMs: number): Promise<true> {
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.write('{');
    const timer = setInterval(() => response.write(' '), everyMs);
    await hold(response);
    clearInterval(timer);
    return true;
  }

  /** 600 MB of a JSON string, written as fast as the client reads, until it goes away. */
  async function huge(response: ServerResponse): Promise<true> {
    const total = 600 * 1024 * 1024;
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    let sent = 0;
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.write('{"files": "');
    const pump = () => {
      while (sent < total && !response.destroyed && response.write(chunk)) sent += chunk.length;
      if (sent >= total) response.end('"}');
    };
    response.on('drain', pump);
    pump();
    await new Promise((resolve) => response.on('close', resolve));
    return true;
  }

  /** Answers as the fault says; true when the request is done with. */
  async function beforeHandling(
    fault: Fault | undefined,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<boolean> {
    if (!fault) return false;
    if (fault.kind === 'drop') {
      request.socket.destroy();
      return true;
    }
    if (fault.kind === 'hang' || fault.kind === 'stall') {
      await hold(response);
      return true;
    }
    if (fault.kind === 'drip') return drip(response, fault.dripMs ?? 2000);
    if (fault.kind === 'huge') return huge(response);
    if (fault.kind === 'page' && fault.page) {
      response.writeHead(200, { 'Content-Type': fault.page.contentType });
      response.end(fault.page.body);
      return true;
    }
    if (fault.kind === '503-before' || fault.kind === '429') {
      const status = fault.kind === '429' ? 429 : 503;
      response.writeHead(status, status === 429 ? 'Too Many Requests' : 'Service Unavailable', {
        'Content-Type': 'text/plain',
        ...(fault.retryAfter !== undefined && { 'Retry-After': fault.retryAfter }),
      });
      response.end(`${status}\n`);
      return true;
    }
    return false;
  }

  function projectFiles(name: string): PypiFile[] {
    const canonical = canonicalProjectName(name);
    return files.filter((file) => canonicalProjectName(file.name) === canonical);
  }

  function mintToken(body: Buffer, response: ServerResponse): void {
    let jwt: unknown;
    try {
      jwt = (JSON.parse(body.toString('utf8')) as { token?: unknown }).token;
    } catch {
      jwt = undefined;
    }
    const failure = (code: string, description: string): void =>
      sendJson(response, 422, { message: 'Token request failed', errors: [{ code, description }] });
    if (typeof jwt !== 'string') return failure('invalid-payload', 'malformed payload');
    const accepted = options.acceptedOidcToken;
    const matches =
      typeof accepted === 'function'
        ? accepted(jwtClaims(jwt))
        : accepted !== undefined && jwt === accepted;
    if (!matches) {
      return failure(
        'invalid-publisher',
        'valid token, but no corresponding publisher (All lookup strategies exhausted)',
      );
    }
    const issued = minted.length === 0 ? mintedToken : `${mintedToken}-${minted.length + 1}`;
    const lifetime = options.mintedTokenLifetime ?? 900;
    const expires = Math.floor(Date.now() / 1000) + lifetime;
    minted.push(issued);
    mintedTokens.set(issued, { expiresAt: expires * 1000, uploads: 0 });
    sendJson(response, 200, { success: true, token: issued, expires });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const pathname = decodeURIComponent(new URL(request.url ?? '/', base).pathname);
    // A stalled upload: the body is never read (the client's writes fill the socket and stop).
    const nextUpload = state.faults.find((fault) => fault.on === 'upload');
    if (method === 'POST' && pathname === '/legacy/' && nextUpload?.kind === 'stall') {
      const stall = state.faults.splice(state.faults.indexOf(nextUpload), 1)[0]!;
      request.pause();
      await beforeHandling(stall, request, response);
      return;
    }
    const body = await readBody(request);

    if (method === 'POST' && pathname === '/legacy/') {
      const fault = takeFault('upload', uploadFilename(request, body));
      if (await beforeHandling(fault, request, response)) return;
      upload(request, body);
      if (fault?.kind === '503-after') {
        // The file is stored, but the client hears of a failure.
        response.writeHead(503, 'Service Unavailable', { 'Content-Type': 'text/plain' });
        response.end('503 Service Unavailable\n');
        return;
      }
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      response.end('OK');
      return;
    }
    const reading =
      method === 'GET' && (/^\/simple\/[^/]+\/?$/.test(pathname) || /^\/pypi\//.test(pathname));
    if (
      reading &&
      (await beforeHandling(takeFault('query', undefined, pathname), request, response))
    )
      return;
    if (method === 'POST' && pathname === '/_/oidc/mint-token') {
      if (await beforeHandling(takeFault('mint'), request, response)) return;
      return mintToken(body, response);
    }
    if (method === 'GET' && pathname === '/_/oidc/audience') {
      return sendJson(response, 200, { audience: 'pypi' });
    }
    if (method === 'GET' && pathname === '/simple/') {
      const names = [...new Set(files.map((file) => canonicalProjectName(file.name)))].sort();
      return sendHtml(
        response,
        'Simple index',
        names.map((name) => `<a href="/simple/${name}/">${escapeHtml(name)}</a>`),
      );
    }
    const simple = /^\/simple\/([^/]+)\/?$/.exec(pathname);
    if (method === 'GET' && simple) {
      const canonical = canonicalProjectName(simple[1]!);
      // PyPI redirects every other spelling of the name to the canonical one.
      if (pathname !== `/simple/${canonical}/`) {
        response.writeHead(301, { Location: `/simple/${canonical}/` });
        response.end();
        return;
      }
      if (state.serves === 'none') throw new HttpError(404, 'Not Found');
      if (state.serves === 'login-page') {
        response.writeHead(200, { 'Content-Type': 'text/html' });
        response.end('<html><body><form action="/login"><input name="user"></form></body></html>');
        return;
      }
      const found = view.listed(projectFiles(canonical));
      if (found.length === 0) throw new HttpError(404, 'Not Found');
      const accept = request.headers.accept ?? '';
      if ((state.serves === 'pypi' || state.serves === 'simple-json') && prefersJson(accept)) {
        response.writeHead(200, { 'Content-Type': 'application/vnd.pypi.simple.v1+json' });
        response.end(
          JSON.stringify({
            meta: { 'api-version': '1.1' },
            name: canonical,
            ...(state.projectStatus && { 'project-status': { status: state.projectStatus } }),
            files: found.map((file) => ({
              filename: file.filename,
              url: `${base}/files/${encodeURIComponent(file.filename)}`,
              hashes: { sha256: view.sha256(file) },
              size: file.size,
            })),
            versions: [...new Set(found.map((file) => file.version))],
          }),
        );
        return;
      }
      const hash = (file: PypiFile) =>
        state.serves === 'no-hashes' ? '' : `#sha256=${view.sha256(file)}`;
      return sendHtml(
        response,
        `Links for ${canonical}`,
        found.map(
          (file) =>
            `<a href="/files/${encodeURIComponent(file.filename)}${hash(file)}">` +
            `${escapeHtml(file.filename)}</a>`,
        ),
      );
    }
    const download = /^\/files\/([^/]+)$/.exec(pathname);
    if (method === 'GET' && download) {
      const file = files.find((candidate) => candidate.filename === download[1]);
      if (!file) throw new HttpError(404, 'Not Found');
      response.writeHead(200, {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(file.size),
      });
      response.end(view.content(file));
      return;
    }
    const json = /^\/pypi\/([^/]+)\/(?:([^/]+)\/)?json\/?$/.exec(pathname);
    if (method === 'GET' && json && state.serves === 'pypi') {
      const found = projectFiles(json[1]!);
      const latest = found.at(-1)?.version;
      const version = json[2] ?? latest;
      const release = view.listed(found.filter((file) => file.version === version));
      if (release.length === 0) return sendJson(response, 404, { message: 'Not Found' });
      return sendJson(response, 200, {
        info: { name: release[0]!.name, version },
        urls: release.map((file) => ({
          filename: file.filename,
          packagetype: file.filetype,
          digests: { sha256: view.sha256(file), blake2b_256: blake2b(view.content(file)) },
          size: file.size,
          url: `${base}/files/${encodeURIComponent(file.filename)}`,
          ...(file.uploadedAt !== undefined && {
            upload_time_iso_8601: new Date(file.uploadedAt).toISOString(),
          }),
        })),
      });
    }
    throw new HttpError(404, 'Not Found');
  }

  const server = createServer((request, response) => {
    response.on('finish', () =>
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        status: response.statusCode,
      }),
    );
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (response.headersSent) return response.destroy();
      response.writeHead(status, message, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`${status} ${message}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    uploadUrl: `${base}/legacy/`,
    simpleUrl: `${base}/simple/`,
    token,
    mintedToken,
    files,
    requests,
    get serves() {
      return state.serves;
    },
    set serves(value: Serves) {
      state.serves = value;
    },
    get duplicates() {
      return state.duplicates;
    },
    set duplicates(value: 'pypi' | 'pypiserver') {
      state.duplicates = value;
    },
    get faults() {
      return state.faults;
    },
    set faults(value: Fault[]) {
      state.faults = value;
    },
    get held() {
      return state.held;
    },
    waitForHeld: (count = 1) =>
      state.held >= count
        ? Promise.resolve()
        : new Promise<void>((resolve) => heldWaiters.push({ count, resolve })),
    minted,
    uploadedWith,
    get projectStatus() {
      return state.projectStatus;
    },
    set projectStatus(value: string | undefined) {
      state.projectStatus = value;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
