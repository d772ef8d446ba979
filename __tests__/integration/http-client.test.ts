// The HTTP client against real servers on 127.0.0.1 that fail the way indexes fail (503 then 200,
// 429 with retry-after, a dropped connection, an answer that never comes) and a real forwarding
// proxy, written here, that the requests demonstrably pass through.
import { createServer, request as nodeRequest, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpFailure, httpDownload, httpRequest } from '../../src/http/client.js';

type Handler = (
  request: import('node:http').IncomingMessage,
  response: import('node:http').ServerResponse,
  count: number,
) => void;

const servers: Server[] = [];
const sockets = new Set<Socket>();

async function serve(handler: Handler): Promise<{ url: string; port: number; hits: () => number }> {
  let count = 0;
  const server = createServer((request, response) => handler(request, response, ++count));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port, hits: () => count };
}

const fast = { retry: { baseDelayMs: 20, maxDelayMs: 2000 } };
const saved = { ...process.env };

afterEach(() => {
  for (const name of [
    'HTTP_PROXY',
    'HTTPS_PROXY',
    'http_proxy',
    'https_proxy',
    'NO_PROXY',
    'no_proxy',
  ]) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('retries', () => {
  it('tries a 503 again and returns the 200 that follows', async () => {
    const server = await serve((_request, response, count) => {
      if (count === 1) response.writeHead(503).end('busy');
      else response.writeHead(200, { 'content-type': 'text/plain' }).end('fine');
    });
    const response = await httpRequest(`${server.url}/simple/demo/`, fast);
    expect(response.status).toBe(200);
    expect(response.body.toString()).toBe('fine');
    expect(server.hits()).toBe(2);
  });

  it('waits as long as a 429’s retry-after asks', async () => {
    const times: number[] = [];
    const server = await serve((_request, response, count) => {
      times.push(Date.now());
      if (count === 1) response.writeHead(429, { 'retry-after': '1' }).end();
      else response.writeHead(200).end('ok');
    });
    const response = await httpRequest(server.url, fast);
    expect(response.status).toBe(200);
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(950);
  });

  it('gives up after four attempts and returns the last answer', async () => {
    const server = await serve((_request, response) => response.writeHead(502).end('bad gateway'));
    const response = await httpRequest(server.url, fast);
    expect(response.status).toBe(502);
    expect(server.hits()).toBe(4);
  });

  it('does not repeat a 404 or a 400', async () => {
    const server = await serve((_request, response) => response.writeHead(404).end());
    expect((await httpRequest(server.url, fast)).status).toBe(404);
    expect(server.hits()).toBe(1);
  });

  it('tries again after a dropped connection', async () => {
    const server = await serve((request, response, count) => {
      if (count === 1) request.socket.destroy();
      else response.writeHead(200).end('second time');
    });
    const response = await httpRequest(server.url, fast);
    expect(response.body.toString()).toBe('second time');
    expect(server.hits()).toBe(2);
  });

  it('never repeats a POST that is not idempotent once it may have arrived', async () => {
    const server = await serve((request) => request.socket.destroy());
    const error = await httpRequest(server.url, { ...fast, method: 'POST', body: 'x' }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(HttpFailure);
    expect((error as HttpFailure).message).toContain(
      'the connection was closed before the answer was complete',
    );
    expect(server.hits()).toBe(1);
  });

  it('repeats a POST marked idempotent (the token exchange)', async () => {
    const server = await serve((_request, response, count) =>
      response.writeHead(count === 1 ? 503 : 200).end(),
    );
    const response = await httpRequest(server.url, {
      ...fast,
      method: 'POST',
      body: '{}',
      idempotent: true,
    });
    expect(response.status).toBe(200);
    expect(server.hits()).toBe(2);
  });
});

describe('timeouts', () => {
  it('stops waiting for a server that never answers, and says so', async () => {
    const server = await serve(() => undefined); // holds every request open
    const started = Date.now();
    const error = await httpRequest(`${server.url}/simple/demo/`, {
      timeoutMs: 300,
      retry: { attempts: 2, baseDelayMs: 10 },
    }).catch((caught: unknown) => caught);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(HttpFailure);
    expect((error as HttpFailure).message).toBe(
      `GET ${server.url}/simple/demo/: no answer within 0.3 s (2 attempts)`,
    );
    expect(server.hits()).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(600);
    expect(elapsed).toBeLessThan(5000);
  });

  it('reports a port nobody listens on as refused', async () => {
    const server = await serve(() => undefined);
    const port = server.port;
    await new Promise((resolve) => servers.pop()!.close(resolve));
    for (const socket of sockets) socket.destroy();
    const error = await httpRequest(`http://127.0.0.1:${port}/`, fast).catch((caught) => caught);
    expect((error as HttpFailure).message).toContain('the connection was refused');
    expect((error as HttpFailure).attempts).toBe(4);
  });
});

describe('overall deadlines and size limits', () => {
  /** Headers at once, then one byte every `everyMs` for ever (until the client gives up). */
  const drip = (everyMs: number, headers: Record<string, string> = {}) =>
    serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', ...headers });
      const timer = setInterval(() => response.write('<'), everyMs);
      response.on('close', () => clearInterval(timer));
    });

  it('cuts a server that sends headers and then a byte at a time, whatever the byte timeout', async () => {
    const server = await drip(100);
    const started = Date.now();
    const error = await httpRequest(`${server.url}/simple/demo/`, {
      timeoutMs: 1000,
      deadlineMs: 700,
      retry: { attempts: 2, baseDelayMs: 10 },
    }).catch((caught: unknown) => caught);
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(HttpFailure);
    expect((error as HttpFailure).code).toBe('DEADLINE');
    expect((error as HttpFailure).message).toBe(
      `GET ${server.url}/simple/demo/: the answer did not arrive whole within 0.7 s (2 attempts)`,
    );
    expect(server.hits()).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(1400);
    expect(elapsed).toBeLessThan(5000);
  });

  it('cuts a download that drips, too', async () => {
    const server = await drip(100);
    const dest = path.join(await mkdtemp(path.join(tmpdir(), 'pyrelease-http-')), 'file');
    const error = await httpDownload(server.url, dest, {
      deadlineMs: 500,
      retry: { attempts: 1 },
    }).catch((caught: unknown) => caught);
    expect((error as HttpFailure).code).toBe('DEADLINE');
  });

  it('refuses a body longer than the limit as it streams, without reading it all', async () => {
    let sent = 0;
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (sent < 600 * 1024 * 1024 && response.write(chunk)) sent += chunk.length;
        if (sent >= 600 * 1024 * 1024) response.end();
      };
      response.on('drain', pump);
      pump();
    });
    const error = await httpRequest(server.url, { ...fast, maxBodyBytes: 1024 * 1024 }).catch(
      (caught: unknown) => caught,
    );
    expect((error as HttpFailure).code).toBe('TOO_LARGE');
    expect((error as HttpFailure).message).toBe(
      `GET ${server.url}/: the answer is larger than 1 MiB, more than pyrelease reads from it`,
    );
    expect(server.hits()).toBe(1); // never asked again
    expect(sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses a body whose content-length is over the limit before reading it', async () => {
    const server = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': String(600 * 1024 * 1024) });
      response.write('x');
    });
    const error = await httpRequest(server.url, fast).catch((caught: unknown) => caught);
    expect((error as HttpFailure).message).toContain('the answer is larger than 64 MiB');
  });
});

describe('downloads', () => {
  it('follows a redirect to another host without the credentials', async () => {
    const seen: (string | undefined)[] = [];
    const storage = await serve((request, response) => {
      seen.push(request.headers.authorization);
      response.writeHead(200).end('archive bytes');
    });
    const origin = await serve((request, response) => {
      seen.push(request.headers.authorization);
      response.writeHead(302, { location: `${storage.url}/blob` }).end();
    });
    const dest = path.join(await mkdtemp(path.join(tmpdir(), 'pyrelease-http-')), 'file');
    const response = await httpDownload(`${origin.url}/asset`, dest, {
      headers: { authorization: 'token ghs_x' },
    });
    expect(response.status).toBe(200);
    expect(await readFile(dest, 'utf8')).toBe('archive bytes');
    expect(seen).toEqual(['token ghs_x', undefined]);
  });
});

describe('proxies from the environment', () => {
  let proxy: Server;
  let proxyUrl: string;
  const through: string[] = [];

  // A tiny proxy: CONNECT tunnels and absolute-form forwarding. Host names under
  // proxy-test.invalid exist only here (they resolve to 127.0.0.1), so a request that reaches
  // such a server can only have come through the proxy.
  beforeAll(async () => {
    const resolveHost = (host: string) =>
      host.endsWith('.proxy-test.invalid') ? '127.0.0.1' : host;
    proxy = createServer((request, response) => {
      const target = new URL(request.url ?? '');
      through.push(`${request.method} ${target.host}`);
      const upstream = nodeRequest(
        {
          host: resolveHost(target.hostname),
          port: target.port,
          path: target.pathname + target.search,
          method: request.method,
          headers: request.headers,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
        },
      );
      request.pipe(upstream);
    });
    proxy.on('connect', (request, client: Socket, head: Buffer) => {
      through.push(`CONNECT ${request.url}`);
      const [host, port] = (request.url ?? '').split(':');
      const upstream = connect(Number(port), resolveHost(host!), () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    proxy.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    servers.push(proxy);
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  });

  it('sends requests through HTTP_PROXY', async () => {
    const index = await serve((request, response) =>
      response.writeHead(200).end(`served ${request.url}`),
    );
    process.env.HTTP_PROXY = proxyUrl;
    through.length = 0;
    const response = await httpRequest(
      `http://index.proxy-test.invalid:${index.port}/simple/demo/`,
      fast,
    );
    expect(response.body.toString()).toBe('served /simple/demo/');
    expect(through).toEqual([`CONNECT index.proxy-test.invalid:${index.port}`]);
  });

  it('leaves hosts in NO_PROXY alone', async () => {
    const index = await serve((_request, response) => response.writeHead(200).end());
    process.env.HTTP_PROXY = proxyUrl;
    process.env.NO_PROXY = 'example.org,.proxy-test.invalid';
    through.length = 0;
    const error = await httpRequest(`http://direct.proxy-test.invalid:${index.port}/`, {
      retry: { attempts: 1 },
    }).catch((caught: unknown) => caught);
    // Not through the proxy, so the name that only the proxy knows does not resolve.
    expect((error as HttpFailure).message).toContain('the host name could not be resolved');
    expect(through).toEqual([]);
  });

  it('never proxies loopback addresses', async () => {
    const index = await serve((_request, response) => response.writeHead(200).end('direct'));
    process.env.HTTP_PROXY = proxyUrl;
    through.length = 0;
    expect((await httpRequest(index.url, fast)).body.toString()).toBe('direct');
    expect(through).toEqual([]);
  });
});
