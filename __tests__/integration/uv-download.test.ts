// resolveUv against a local release server: a real tarball in uv's layout (`uv-<triple>/uv`)
// holding a fake uv script, and its `.sha256` file in the format uv publishes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { KNOWN_UV_SHA256, resolveUv, uvTarget } from '../../src/tools/uv.js';

const target = uvTarget();
const saved = { ...process.env };
let server: Server;
let base: string;
let scratch: string;
const routes = new Map<string, Buffer>();
const requests: { url: string; authorization?: string }[] = [];

async function fakeUvArchive(printed: string): Promise<Buffer> {
  const staging = await mkdtemp(path.join(scratch, 'staging-'));
  const folder = path.join(staging, `uv-${target.triple}`);
  await mkdir(folder);
  for (const name of ['uv', 'uvx']) {
    await writeFile(path.join(folder, name), `#!/bin/sh\necho '${printed}'\n`);
    await chmod(path.join(folder, name), 0o755);
  }
  const archive = path.join(staging, target.asset);
  execFileSync('tar', ['-czf', archive, '-C', staging, `uv-${target.triple}`]);
  return readFile(archive);
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** Serves an archive for `version` with a checksum file (the right one unless given). */
function publish(version: string, archive: Buffer, checksumLine?: string): void {
  routes.set(`/${version}/${target.asset}`, archive);
  routes.set(
    `/${version}/${target.asset}.sha256`,
    Buffer.from(checksumLine ?? `${sha256(archive)} *${target.asset}\n\n`),
  );
}

const fetched = (suffix: string) => requests.filter((request) => request.url.endsWith(suffix));

async function listing(dir: string): Promise<string[]> {
  return existsSync(dir) ? readdir(dir) : [];
}

describe.skipIf(process.platform === 'win32')('resolveUv', () => {
  let toolCache: string;
  let runnerTemp: string;

  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'pyrelease-uv-'));
    server = createServer((request, response) => {
      requests.push({ url: request.url ?? '', authorization: request.headers.authorization });
      const body = routes.get(new URL(request.url ?? '/', 'http://x').pathname);
      response.writeHead(body ? 200 : 404).end(body ?? 'Not Found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(async () => {
    toolCache = await mkdtemp(path.join(scratch, 'tool-cache-'));
    runnerTemp = await mkdtemp(path.join(scratch, 'runner-temp-'));
    process.env.RUNNER_TOOL_CACHE = toolCache;
    process.env.RUNNER_TEMP = runnerTemp;
    // No uv on PATH, whatever this machine has.
    process.env.PATH = (saved.PATH ?? '')
      .split(path.delimiter)
      .filter((dir) => dir && !existsSync(path.join(dir, 'uv')))
      .join(path.delimiter);
    requests.length = 0;
    routes.clear();
  });

  afterEach(() => {
    for (const name of ['PATH', 'RUNNER_TOOL_CACHE', 'RUNNER_TEMP']) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });

  it('downloads, verifies and caches the archive; the binary runs; the next call uses the cache', async () => {
    publish('9.8.7', await fakeUvArchive('uv 9.8.7 (fake)'));

    const first = await resolveUv({
      version: '9.8.7',
      downloadBaseUrl: `${base}/`,
      githubToken: 'ghs_not_for_mirrors',
    });
    expect(first.source).toBe('download');
    expect(first.version).toBe('9.8.7');
    expect(first.path).toBe(path.join(toolCache, 'uv', '9.8.7', process.arch, 'uv'));
    expect(execFileSync(first.path, ['--version'], { encoding: 'utf8' }).trim()).toBe(
      'uv 9.8.7 (fake)',
    );
    expect(existsSync(path.join(path.dirname(first.path), 'uvx'))).toBe(true);
    expect(fetched(`${target.asset}.sha256`)).toHaveLength(1);
    expect(fetched(target.asset)).toHaveLength(1);
    // The token is for github.com; a mirror never sees it.
    expect(requests.map((request) => request.authorization)).toEqual([undefined, undefined]);
    // Archive, checksum file and extracted copy are gone from RUNNER_TEMP.
    expect(await listing(runnerTemp)).toEqual([]);

    const second = await resolveUv({ version: '9.8.7', downloadBaseUrl: base });
    expect(second).toEqual({ path: first.path, version: '9.8.7', source: 'cache' });
    expect(requests).toHaveLength(2);
  });

  it('refuses an archive whose sha256 is not the published one and caches nothing', async () => {
    const archive = await fakeUvArchive('uv 9.8.8 (tampered)');
    const published = 'e'.repeat(64);
    publish('9.8.8', archive, `${published} *${target.asset}\n`);

    const error = await resolveUv({ version: '9.8.8', downloadBaseUrl: base }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).title).toBe('uv checksum mismatch');
    expect((error as UserError).message).toContain(`has sha256 ${sha256(archive)}`);
    expect((error as UserError).message).toContain(`published checksum is ${published}`);
    expect(await listing(toolCache)).toEqual([]);
    expect(await listing(runnerTemp)).toEqual([]);
  });

  it('checks the default version against the built-in hash, not the server’s checksum file', async () => {
    const version = '0.12.16';
    const known = KNOWN_UV_SHA256[`${target.asset}@${version}`];
    expect(known).toMatch(/^[0-9a-f]{64}$/);
    // The server's own checksum file matches its (fake) archive; that must not be enough.
    const archive = await fakeUvArchive('uv 0.12.16 (not from astral)');
    publish(version, archive);

    const error = await resolveUv({ version, downloadBaseUrl: base }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(`pyrelease expects ${known} for uv ${version}`);
    expect((error as UserError).message).toContain(sha256(archive));
    expect(fetched('.sha256')).toHaveLength(0);
    expect(await listing(toolCache)).toEqual([]);
  });

  it('downloads no archive when the checksum file names another asset or is missing', async () => {
    const archive = await fakeUvArchive('uv 9.8.9');
    publish('9.8.9', archive, `${sha256(archive)} *uv-riscv64gc-unknown-linux-gnu.tar.gz\n`);
    await expect(resolveUv({ version: '9.8.9', downloadBaseUrl: base })).rejects.toThrow(
      /should hold the archive's sha256/,
    );

    await expect(resolveUv({ version: '9.9.0', downloadBaseUrl: base })).rejects.toThrow(
      /9\.9\.0\/uv-.*\.sha256 failed \(HTTP 404\)/,
    );
    expect(fetched(target.asset)).toHaveLength(0);
    expect(await listing(runnerTemp)).toEqual([]);
  });

  it('refuses a uv-version that is not a release number before any request', async () => {
    await expect(resolveUv({ version: '../../evil', downloadBaseUrl: base })).rejects.toThrow(
      /builder must name a uv release/,
    );
    expect(requests).toHaveLength(0);
  });

  it('uses a uv found on PATH without downloading anything', async () => {
    const bin = await mkdtemp(path.join(scratch, 'bin-'));
    const uv = path.join(bin, 'uv');
    await writeFile(uv, "#!/bin/sh\necho 'uv 0.11.3 (0123abc 2026-01-01)'\n");
    await chmod(uv, 0o755);
    process.env.PATH = `${bin}${path.delimiter}${process.env.PATH}`;

    const found = await resolveUv({ version: '9.8.7', downloadBaseUrl: base });
    expect(found).toEqual({ path: uv, version: '0.11.3', source: 'path' });
    expect(requests).toHaveLength(0);
    expect(await listing(toolCache)).toEqual([]);
  });
});
