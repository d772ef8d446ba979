// The deadline and size limit on every GitHub request, against a local server: a deadline that
// covers the body (a server dripping bytes is cut), an answer too long refused as it streams.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { GithubTimeout, GithubTooLarge, timedFetch } from '../../../src/github/github-fetch.js';
import { githubError } from '../../../src/github/github-errors.js';

const servers: Server[] = [];
afterAll(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(
  handler: (response: import('node:http').ServerResponse) => void,
): Promise<string> {
  const server = createServer((_request, response) => handler(response));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const call = {
  method: 'GET',
  route: '/repos/{owner}/{repo}/releases',
  what: 'list the releases',
  permission: 'contents: read',
  repository: 'o/r',
} as const;

describe('timedFetch', () => {
  it('cuts an answer that drips a byte at a time at the deadline', async () => {
    const url = await serve((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => response.write(' '), 50);
      response.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const timed = timedFetch(fetch, { baseMs: 400, bytesPerSecond: 1e9 });
    const error = await timed(url).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GithubTimeout);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(githubError(call, { cause: error }).message).toContain(
      'GitHub did not answer GET /repos/{owner}/{repo}/releases (list the releases) within 0.4 s.',
    );
  });

  it('refuses an answer longer than the limit as it streams', async () => {
    let sent = 0;
    const url = await serve((response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (sent < 600 * 1024 * 1024 && response.write(chunk)) sent += chunk.length;
      };
      response.on('drain', pump);
      pump();
    });
    const timed = timedFetch(fetch, { baseMs: 10_000, bytesPerSecond: 1e9 }, 1024 * 1024);
    const error = await timed(url).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GithubTooLarge);
    expect(sent).toBeLessThan(64 * 1024 * 1024);
    expect(githubError(call, { cause: error }).message).toContain(
      "GitHub's answer to GET /repos/{owner}/{repo}/releases (list the releases) was refused: the answer is larger than 1 MiB",
    );
  });

  it('refuses a content-length over the limit before reading', async () => {
    const url = await serve((response) => {
      response.writeHead(200, { 'content-length': String(600 * 1024 * 1024) });
      response.write('[');
    });
    const timed = timedFetch(fetch, { baseMs: 10_000, bytesPerSecond: 1e9 });
    await expect(timed(url)).rejects.toBeInstanceOf(GithubTooLarge);
  });

  it('passes an answer within the limit through whole', async () => {
    const url = await serve((response) => response.writeHead(200).end('[1,2,3]'));
    const timed = timedFetch(fetch, { baseMs: 10_000, bytesPerSecond: 1e9 });
    expect(await (await timed(url)).json()).toEqual([1, 2, 3]);
  });
});
