// uv: taken from PATH when a setup step put it there, otherwise the pinned release is downloaded
// through the HTTP client, its sha256 checked (against the table below for the default version,
// else against the checksum file published beside it) and only then extracted and cached.
import * as log from '../log.js';
import { which } from '@actions/io';
import * as toolCache from '@actions/tool-cache';
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { HttpFailure, httpDownload } from '../http/index.js';
import { isMusl, type Platform } from './platform.js';
import { runCommand } from './run.js';

/** The uv release pyrelease is tested with (astral-sh/uv 0.12.16). */
export const DEFAULT_UV_VERSION = '0.12.16';
export const UV_DOWNLOAD_BASE = 'https://github.com/astral-sh/uv/releases/download';

/**
 * sha256 of the 0.12.16 archives, as published in the release's `.sha256` files (and in
 * astral-sh/setup-uv's known checksums). A hash compiled into the action does not come from the
 * server that serves the archive, so for the default version the `.sha256` file is not fetched.
 */
export const KNOWN_UV_SHA256: Readonly<Record<string, string>> = {
  'uv-x86_64-unknown-linux-gnu.tar.gz@0.12.16':
    '8e5c6e5523dffc2dcf615bd995554c84c9feb4e577808a3fb8698a639d3f8d9c',
  'uv-aarch64-unknown-linux-gnu.tar.gz@0.12.16':
    '36d913ee9c647481d64f1a0a0485f85ff2feaee605c341fc22e73398f9212c26',
  'uv-x86_64-unknown-linux-musl.tar.gz@0.12.16':
    'a01206ffbd60f3a7ee30949be1863527986f5307494a064042c69ce7e6d44799',
  'uv-aarch64-unknown-linux-musl.tar.gz@0.12.16':
    '5beba1f35c0922fd086cce850ce919e55bc4e873c4fcda891343526afdb4c5b3',
  'uv-x86_64-apple-darwin.tar.gz@0.12.16':
    'a42bcc9ce97eb8b364d7f162233a9c6b8c0ee25388e551d362809795127e0c31',
  'uv-aarch64-apple-darwin.tar.gz@0.12.16':
    'b6e03fae61704b1aa622f12b792a69483e837b83068e44f4fd34f8a07a8f74a3',
  'uv-x86_64-pc-windows-msvc.zip@0.12.16':
    'f730454bf09019754e5e5abd71a8aa18683cb739cba0d9c720bac2e7c901160f',
  'uv-aarch64-pc-windows-msvc.zip@0.12.16':
    '9977129f89c4036edfcb200d2484755571e51fa74517f02e478c1d7bcc353b2e',
};

export interface UvTarget {
  /** Rust target triple, as in the release asset names. */
  readonly triple: string;
  readonly extension: 'tar.gz' | 'zip';
  /** The release asset: `uv-<triple>.<extension>`. */
  readonly asset: string;
  /** Where the binary sits inside the archive. */
  readonly binaryInArchive: string;
}

// process.platform/process.arch → uv's release triple; Linux has a glibc and a musl (Alpine) build.
const TRIPLES: Readonly<Record<string, string>> = {
  'linux-x64': 'x86_64-unknown-linux-gnu',
  'linux-arm64': 'aarch64-unknown-linux-gnu',
  'linux-x64-musl': 'x86_64-unknown-linux-musl',
  'linux-arm64-musl': 'aarch64-unknown-linux-musl',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
  'win32-x64': 'x86_64-pc-windows-msvc',
  'win32-arm64': 'aarch64-pc-windows-msvc',
};

export function uvTarget(
  platform: string = process.platform,
  arch: string = process.arch,
  musl: boolean = isMusl(platform as Platform),
): UvTarget {
  const triple = TRIPLES[`${platform}-${arch}${platform === 'linux' && musl ? '-musl' : ''}`];
  if (!triple) {
    throw new UserError(
      `pyrelease downloads uv for Linux, macOS and Windows on x64 or arm64, not ${platform}/${arch}. Install uv before this step (astral-sh/setup-uv), or use builder: build.`,
      'Unsupported platform',
    );
  }
  // The tarballs hold a folder `uv-<triple>/` with uv and uvx; the Windows zip holds uv.exe at
  // its top (astral-sh/setup-uv extracts them the same way).
  const windows = platform === 'win32';
  const extension = windows ? 'zip' : 'tar.gz';
  return {
    triple,
    extension,
    asset: `uv-${triple}.${extension}`,
    binaryInArchive: windows ? 'uv.exe' : `uv-${triple}/uv`,
  };
}

export function uvArchiveUrl(version: string, target: UvTarget, base = UV_DOWNLOAD_BASE): string {
  return `${base.replace(/\/+$/, '')}/${version}/${target.asset}`;
}

/**
 * The hash in a `.sha256` file for `asset`. uv's release tooling writes `<hex> *<name>`
 * (binary mode, as sha256sum -b); `<hex>  <name>` and a bare hash are accepted too. A line
 * naming a different file does not count.
 */
export function parseChecksumFile(text: string, asset: string): string | undefined {
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([0-9a-fA-F]{64})(?:\s+\*?(.+?))?\s*$/.exec(line);
    if (!match) continue;
    const name = match[2];
    if (name === undefined || path.posix.basename(name) === asset) return match[1]!.toLowerCase();
  }
  return undefined;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface ResolvedUv {
  readonly path: string;
  readonly version: string;
  readonly source: 'path' | 'cache' | 'download';
}

export interface ResolveUvOptions {
  readonly version: string;
  /** A mirror of the release downloads; `${base}/${version}/uv-<triple>.tar.gz`. */
  readonly downloadBaseUrl?: string;
  /** Sent to github.com only (against its rate limit), never to a mirror. */
  readonly githubToken?: string;
}

function authFor(url: string, token: string | undefined): string | undefined {
  if (!token) return undefined;
  const host = new URL(url).hostname;
  return host === 'github.com' ? `token ${token}` : undefined;
}

async function versionOnPath(uv: string): Promise<string> {
  const reported = await runCommand(uv, ['--version']);
  // `uv 0.12.16 (abc1234 2026-09-17)`
  const version = /^uv\s+(\S+)/m.exec(reported.stdout)?.[1];
  if (reported.exitCode !== 0 || !version) {
    throw new UserError(
      `${uv} (found on PATH) did not report a version: \`uv --version\` exited ${reported.exitCode} with ${JSON.stringify((reported.stdout + reported.stderr).trim().slice(0, 200))}. Fix or remove that uv, or use builder: build.`,
      'uv does not run',
    );
  }
  return version;
}

/** Downloads `url` to a fresh folder under RUNNER_TEMP, keeping the file name. */
async function download(url: string, name: string, auth: string | undefined): Promise<string> {
  const dest = path.join(process.env.RUNNER_TEMP!, `pyrelease-${randomUUID()}`, name);
  await mkdir(path.dirname(dest), { recursive: true });
  let problem: string;
  try {
    const response = await httpDownload(url, dest, {
      headers: auth ? { authorization: auth } : {},
    });
    if (response.status >= 200 && response.status < 300) return dest;
    problem = `HTTP ${response.status}`;
  } catch (error) {
    if (!(error instanceof HttpFailure)) throw error;
    problem = error.message;
  }
  await rm(path.dirname(dest), { recursive: true, force: true });
  throw new UserError(
    `Downloading ${url} failed (${problem}). Check uv-version (a release of astral-sh/uv), install uv before this step (astral-sh/setup-uv), or set builder: build.`,
    'uv download failed',
  );
}

export async function resolveUv(options: ResolveUvOptions): Promise<ResolvedUv> {
  const onPath = await which('uv', false);
  if (onPath) return { path: onPath, version: await versionOnPath(onPath), source: 'path' };

  const version = options.version.trim().replace(/^v/, '');
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new UserError(
      `Input uv-version must be a uv release such as ${DEFAULT_UV_VERSION}, not ${JSON.stringify(options.version)}.`,
      'Invalid input',
    );
  }
  // Outside a runner (the command line) there is no tool cache: nothing is installed there.
  if (!process.env.RUNNER_TOOL_CACHE && !process.env.RUNNER_TEMP) {
    throw new UserError(
      'uv is not on PATH. Install uv (https://docs.astral.sh/uv/getting-started/installation/), or pass --builder build to build with python -m build.',
      'uv missing',
    );
  }
  for (const name of ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP']) {
    if (!process.env[name]) {
      throw new UserError(
        `uv is not on PATH, and ${name} is not set, so there is nowhere to install uv ${version}. Install uv first, or set RUNNER_TOOL_CACHE and RUNNER_TEMP to folders.`,
        'uv missing',
      );
    }
  }
  const target = uvTarget();
  const binary = path.basename(target.binaryInArchive);
  const cached = toolCache.find('uv', version, process.arch);
  if (cached && existsSync(path.join(cached, binary))) {
    return { path: path.join(cached, binary), version, source: 'cache' };
  }

  const url = uvArchiveUrl(version, target, options.downloadBaseUrl);
  const auth = authFor(url, options.githubToken);
  const known = KNOWN_UV_SHA256[`${target.asset}@${version}`];
  let expected = known;
  if (!expected) {
    const checksumFile = await download(`${url}.sha256`, `${target.asset}.sha256`, auth);
    const text = await readFile(checksumFile, 'utf8');
    await rm(path.dirname(checksumFile), { recursive: true, force: true });
    expected = parseChecksumFile(text, target.asset);
    if (!expected) {
      throw new UserError(
        `${url}.sha256 should hold the archive's sha256 ("<hex> *${target.asset}"), but it holds ${JSON.stringify(text.trim().slice(0, 200))}. uv was not downloaded.`,
        'uv checksum missing',
      );
    }
  }

  log.info(`Downloading uv ${version} from ${url}`);
  const archive = await download(url, target.asset, auth);
  const scratch = path.dirname(archive);
  try {
    const actual = await sha256File(archive);
    if (actual !== expected) {
      throw new UserError(
        `The uv archive ${url} has sha256 ${actual}, but ${known ? `pyrelease expects ${expected} for uv ${version}` : `its published checksum is ${expected}`}. It was deleted without being extracted or run. Try again; if it persists, the download is not the uv release: install uv with astral-sh/setup-uv.`,
        'uv checksum mismatch',
      );
    }
    const extracted = path.join(scratch, 'extracted');
    if (target.extension === 'zip') await toolCache.extractZip(archive, extracted);
    else await toolCache.extractTar(archive, extracted);
    const folder = path.dirname(path.join(extracted, target.binaryInArchive));
    if (!existsSync(path.join(folder, binary))) {
      throw new UserError(
        `The uv archive ${url} has no ${target.binaryInArchive}; its layout is not a uv release's.`,
        'uv archive unexpected',
      );
    }
    const cachedDir = await toolCache.cacheDir(folder, 'uv', version, process.arch);
    return { path: path.join(cachedDir, binary), version, source: 'download' };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
