// The GitHub Actions OIDC token endpoint that @actions/core's getIDToken(audience) calls: a GET
// of ACTIONS_ID_TOKEN_REQUEST_URL + `&audience=…` with the request token as Bearer, answered with
// `{ "value": "<jwt>" }`. The JWT is unsigned but well-formed, its payload the claims plus `aud`.
// `misbehave` makes the next answers slow or hostile: headers then a byte every 2 s for ever
// (`drip`), or a body of 600 MB (`huge`).
import { randomBytes } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface OidcServer {
  /** Carries a query string already, as the runner's URL does, so `&audience=` appends. */
  url: string;
  requestToken: string;
  issuedTokens: string[];
  /** The audience of each token request, in order ('' when none was asked for). */
  audiences: string[];
  /** How the endpoint answers from now on; undefined: as the runner's does. */
  misbehave?: 'drip' | 'huge';
  /** Requests answered so far, misbehaved ones included. */
  requests: number;
  close(): Promise<void>;
}

export interface OidcServerOptions {
  claims: Record<string, unknown>;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Headers at once, then a byte every 2 s; or 600 MB as fast as the client reads. */
function misbehave(how: 'drip' | 'huge', response: ServerResponse): void {
  response.writeHead(200, { 'Content-Type': 'application/json' });
  if (how === 'drip') {
    response.write('{');
    const timer = setInterval(() => response.write(' '), 2000);
    response.on('close', () => clearInterval(timer));
    return;
  }
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  let sent = 0;
  const pump = () => {
    while (sent < 600 * 1024 * 1024 && !response.destroyed && response.write(chunk))
      sent += chunk.length;
    if (sent >= 600 * 1024 * 1024) response.end('}');
  };
  response.write('{"value": "');
  response.on('drain', pump);
  pump();
}

export async function startOidcServer(options: OidcServerOptions): Promise<OidcServer> {
  const requestToken = randomBytes(16).toString('hex');
  const issuedTokens: string[] = [];
  const audiences: string[] = [];
  let base = '';

  const state: { misbehave?: 'drip' | 'huge'; requests: number } = { requests: 0 };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    state.requests++;
    if (state.misbehave) return misbehave(state.misbehave, response);
    const send = (status: number, value: unknown): void => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (request.method !== 'GET' || url.pathname !== '/token') {
      return send(404, { message: 'Not Found' });
    }
    if (request.headers.authorization !== `Bearer ${requestToken}`) {
      return send(401, { message: 'Bad credentials' });
    }
    const audience = url.searchParams.get('audience') ?? '';
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      iss: 'https://token.actions.githubusercontent.com',
      iat: now,
      nbf: now,
      exp: now + 300,
      ...options.claims,
      ...(audience && { aud: audience }),
    };
    const jwt = [
      base64url({ alg: 'RS256', typ: 'JWT', kid: 'local-test-key' }),
      base64url(payload),
      randomBytes(32).toString('base64url'),
    ].join('.');
    audiences.push(audience);
    issuedTokens.push(jwt);
    send(200, { count: 1, value: jwt });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  return {
    url: `${base}/token?api-version=2.0`,
    requestToken,
    issuedTokens,
    audiences,
    get misbehave() {
      return state.misbehave;
    },
    set misbehave(value: 'drip' | 'huge' | undefined) {
      state.misbehave = value;
    },
    get requests() {
      return state.requests;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
