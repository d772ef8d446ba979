// uv: taken from PATH when a setup step put it there, otherwise the pinned release is downloaded
// with @actions/tool-cache, its sha256 checked against the checksum file published beside it,
// and only then extracted and cached.
import * as core from '@actions/core';
import { which } from '@actions/io';
import * as toolCache from '@actions/tool-cache';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { runCommand } from './run.js';

/** The uv release pyrelease is tested with. */
export const DEFAULT_UV_VERSION = '0.9.22';
export const UV_DOWNLOAD_BASE = 'https://github.com/astral-sh/uv/releases/download';

export interface UvTarget {
  readonly triple: string;
  readonly extension: 'tar.gz' | 'zip';
}

const TRIPLES: Record<string, string> = {
  'linux-x64': 'x86_64-unknown-linux-gnu',
  'linux-arm64': 'aarch64-unknown-linux-gnu',
  'darwin-x64': 'x86_64-apple-darwin',
  'darwin-arm64': 'aarch64-apple-darwin',
  'win32-x64': 'x86_64-pc-windows-msvc',
  'win32-arm64': 'aarch64-pc-windows-msvc',
};

export function uvTarget(
  platform: string = process.platform,
  arch: string = process.arch,
): UvTarget {
  const triple = TRIPLES[`${platform}-${arch}`];
  if (!triple) {
    throw new UserError(
      `uv has no release for ${platform}/${arch}. Install uv before this step (astral-sh/setup-uv), or use builder: build.`,
      'Unsupported platform',
    );
  }
  return { triple, extension: platform === 'win32' ? 'zip' : 'tar.gz' };
}

export function uvArchiveUrl(version: string, target: UvTarget, base = UV_DOWNLOAD_BASE): string {
  return `${base.replace(/\/+$/, '')}/${version}/uv-${target.triple}.${target.extension}`;
}

/** The hash in a `.sha256` file: `<hex>  <name>`, `<hex> *<name>` or the bare hex. */
export function parseChecksumFile(text: string): string | undefined {
  const hash = /^\s*([0-9a-fA-F]{64})\b/.exec(text)?.[1];
  return hash?.toLowerCase();
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

export async function resolveUv(options: {
  version: string;
  downloadBaseUrl?: string;
  githubToken?: string;
}): Promise<ResolvedUv> {
  const onPath = await which('uv', false);
  if (onPath) {
    const reported = await runCommand(onPath, ['--version']);
    return {
      path: onPath,
      version: reported.stdout.trim().split(/\s+/)[1] ?? 'unknown',
      source: 'path',
    };
  }
  const version = options.version.replace(/^v/, '');
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    throw new UserError(
      `Input uv-version must be a uv release such as ${DEFAULT_UV_VERSION}, not ${JSON.stringify(options.version)}.`,
      'Invalid input',
    );
  }
  const target = uvTarget();
  const binary = process.platform === 'win32' ? 'uv.exe' : 'uv';
  const cached = toolCache.find('uv', version, process.arch);
  if (cached) return { path: path.join(cached, binary), version, source: 'cache' };

  const url = uvArchiveUrl(version, target, options.downloadBaseUrl);
  const auth =
    options.githubToken && !options.downloadBaseUrl ? `token ${options.githubToken}` : undefined;
  core.info(`Downloading uv ${version} from ${url}`);
  const checksumFile = await toolCache.downloadTool(`${url}.sha256`, undefined, auth);
  const expected = parseChecksumFile(await readFile(checksumFile, 'utf8'));
  await rm(checksumFile, { force: true });
  if (!expected)
    throw new UserError(
      `${url}.sha256 holds no sha256; the download was not used.`,
      'uv checksum missing',
    );
  const archive = await toolCache.downloadTool(url, undefined, auth);
  const actual = await sha256File(archive);
  if (actual !== expected) {
    await rm(archive, { force: true });
    throw new UserError(
      `The uv archive ${url} has sha256 ${actual}, but its published checksum is ${expected}. It was deleted without being run. Try again; if it persists, install uv with astral-sh/setup-uv.`,
      'uv checksum mismatch',
    );
  }
  const extracted =
    target.extension === 'zip'
      ? await toolCache.extractZip(archive)
      : await toolCache.extractTar(archive);
  await rm(archive, { force: true });
  // The tarballs hold a folder `uv-<target>/`; the zip holds the binaries at the top.
  const folder =
    target.extension === 'zip' ? extracted : path.join(extracted, `uv-${target.triple}`);
  const cachedDir = await toolCache.cacheDir(folder, 'uv', version, process.arch);
  return { path: path.join(cachedDir, binary), version, source: 'download' };
}

export interface UvBuildOptions {
  readonly outDir: string;
  readonly isolation: boolean;
  readonly projectDir: string;
}

export function uvBuildArgs(options: UvBuildOptions): string[] {
  return [
    'build',
    '--sdist',
    '--wheel',
    '--out-dir',
    options.outDir,
    ...(options.isolation ? [] : ['--no-build-isolation']),
    options.projectDir,
  ];
}

/** A fresh venv for the wheel test; with a Python named, uv uses (or fetches) that one. */
export function uvVenvArgs(venvDir: string, python?: string): string[] {
  return ['venv', '--quiet', ...(python ? ['--python', python] : []), venvDir];
}

/** Installs the wheel file itself (and its dependencies) into the venv. */
export function uvPipInstallArgs(venvPython: string, wheelPath: string): string[] {
  return ['pip', 'install', '--quiet', '--python', venvPython, wheelPath];
}
