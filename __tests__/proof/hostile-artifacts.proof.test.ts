// Hostile artifacts in dist-dir: every case runs the bundled action as the runner does, on a
// release of files built elsewhere (`dist-dir`) against the local index and GitHub API servers.
// Each hostile file (decompression bombs, special files, tens of thousands of entries or files,
// links) must be refused by name within its time bound, with the index and the API untouched;
// a wheel with symbolic links is warned of by name.
import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../helpers/action.js';
import {
  python,
  writeBombSdist,
  writeBombWheel,
  writeLinkSdist,
  writeManyEntryWheel,
  writeSymlinkWheel,
} from '../helpers/python-archives.js';
import { EXAMPLE, makeRepo, type TestRepo } from '../helpers/repo.js';
import { startGithubServer, type GithubServer } from '../../servers/github.js';
import { startPypiServer, type PypiServer } from '../../servers/pypi.js';

const PYPI_TOKEN = 'pypi-hostile-artifacts-0123456789';
const GITHUB_TOKEN = 'ghs_hostileartifacts0123456789';
const PYTHON = '/usr/bin/python3';
const NAME = 'hello_pyrelease';
const VERSION = '0.1.15';
const WHEEL = `${NAME}-${VERSION}-py3-none-any.whl`;
const SDIST = `${NAME}-${VERSION}.tar.gz`;

let pypi: PypiServer;
let github: GithubServer;
let repo: TestRepo;

beforeAll(async () => {
  [pypi, github] = await Promise.all([
    startPypiServer({ token: PYPI_TOKEN }),
    startGithubServer({ owner: 'octo', repo: 'hello-pyrelease', token: GITHUB_TOKEN }),
  ]);
  repo = await makeRepo(EXAMPLE);
  repo.git('tag', '-a', `v${VERSION}`, '-m', `Release v${VERSION}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
}, 60_000);
afterAll(async () => {
  await Promise.all([pypi?.close(), github?.close()]);
});

function release(folder: string, inputs: Record<string, string> = {}) {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/v${VERSION}`,
    payload: { ref: `refs/tags/v${VERSION}`, repository: { default_branch: 'main' } },
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'octo/hello-pyrelease' },
    inputs: {
      builder: 'build',
      python: PYTHON,
      'repository-url': pypi.uploadUrl,
      'pypi-token': PYPI_TOKEN,
      'github-token': GITHUB_TOKEN,
      'dist-dir': folder,
      ...inputs,
    },
  });
}

/** A small wheel of this project, fine in itself. */
const goodWheel = (dir: string) =>
  writeManyEntryWheel(path.join(dir, WHEEL), 1, { name: NAME, version: VERSION });

interface Case {
  readonly name: string;
  readonly make: (dir: string) => Promise<void> | void;
  readonly inputs?: Record<string, string>;
  /** The annotation expected, its level, and what it says. */
  readonly level?: 'error' | 'warning';
  readonly title: string;
  readonly says: RegExp;
  /** Wall-clock bound of the run, in seconds. */
  readonly within: number;
}

const CASES: Case[] = [
  {
    name: 'a METADATA that inflates to 700 MB',
    make: (dir) => writeBombWheel(path.join(dir, WHEEL), 'METADATA', 700, NAME, VERSION),
    title: 'Oversized archive entry',
    says: /METADATA" declares \d+ bytes \(700 MiB\); pyrelease reads at most 64 MiB/,
    within: 30,
  },
  {
    name: 'a top_level.txt that inflates to 300 MB',
    make: (dir) => writeBombWheel(path.join(dir, WHEEL), 'top_level.txt', 300, NAME, VERSION),
    title: 'Oversized archive entry',
    says: /top_level\.txt" declares \d+ bytes \(300 MiB\)/,
    within: 30,
  },
  {
    name: 'an sdist that gunzips to 2 GiB',
    make: (dir) => {
      goodWheel(dir);
      writeBombSdist(path.join(dir, SDIST), `${NAME}-${VERSION}/zeros.bin`, 2048);
    },
    title: 'Oversized sdist',
    says: /hello_pyrelease-0\.1\.15\.tar\.gz gunzips to more than \d+ MiB/,
    within: 30,
  },
  {
    name: 'an sdist whose PKG-INFO declares 100 MiB',
    make: (dir) => {
      goodWheel(dir);
      writeBombSdist(path.join(dir, SDIST), `${NAME}-${VERSION}/PKG-INFO`, 100);
    },
    title: 'Oversized archive entry',
    says: /PKG-INFO declares 104857600 bytes \(100 MiB\)/,
    within: 30,
  },
  {
    name: 'a wheel of 65,000 entries, two of them twice',
    make: (dir) =>
      writeManyEntryWheel(path.join(dir, WHEEL), 65_000, {
        name: NAME,
        version: VERSION,
        duplicates: 2,
      }),
    title: 'Duplicate entry in wheel',
    says: /several entries named hello_pyrelease\/sub0\/m0\.py, hello_pyrelease\/sub0\/m1\.py/,
    within: 40,
  },
  {
    name: 'a FIFO named like a wheel',
    make: (dir) => void execFileSync('mkfifo', [path.join(dir, WHEEL)]),
    title: 'Not a regular file',
    says: /hello_pyrelease-0\.1\.15-py3-none-any\.whl \(a FIFO\): not regular files/,
    within: 20,
  },
  {
    name: 'a link to /dev/zero named like an sdist',
    make: async (dir) => {
      goodWheel(dir);
      await symlink('/dev/zero', path.join(dir, SDIST));
    },
    title: 'Not a regular file',
    says: /hello_pyrelease-0\.1\.15\.tar\.gz \(a link to a character device\)/,
    within: 20,
  },
  {
    name: '20,000 stray files',
    make: (dir) => {
      goodWheel(dir);
      python(
        'import sys\nfor i in range(20000): open(f"{sys.argv[1]}/stray-{i}.txt", "w").write(str(i))',
        dir,
      );
    },
    title: 'Unexpected file in dist-dir',
    says: /stray-0\.txt/,
    within: 60,
  },
  {
    name: 'tar links that escape only when combined',
    make: (dir) => {
      goodWheel(dir);
      const top = `${NAME}-${VERSION}`;
      writeLinkSdist(path.join(dir, SDIST), [
        [`${top}/PKG-INFO`, 'file'],
        [`${top}/a`, 'symlink', '.'],
        [`${top}/b`, 'symlink', 'a/../..'],
        [`${top}/b/file`, 'file'],
      ]);
    },
    title: 'Unsafe link in archive',
    says: /"hello_pyrelease-0\.1\.15\/b\/file" climbs above the archive through hello_pyrelease-0\.1\.15\/b -> a\/\.\.\/\.\., hello_pyrelease-0\.1\.15\/a -> \./,
    within: 20,
  },
  {
    name: 'symbolic links inside a wheel (a dry run)',
    make: (dir) =>
      writeSymlinkWheel(path.join(dir, WHEEL), `${NAME}/shadow`, '/etc/shadow', NAME, VERSION),
    inputs: { 'dry-run': 'true' },
    level: 'warning',
    title: 'Symbolic link in wheel',
    says: /hello_pyrelease-0\.1\.15-py3-none-any\.whl holds symbolic links: hello_pyrelease\/shadow\./,
    within: 120,
  },
];

describe('hostile artifacts in dist-dir are refused by name, in bounded time, uploading nothing', () => {
  for (const [index, bad] of CASES.entries()) {
    it(
      bad.name,
      async () => {
        const folder = `hostile-${index}`;
        await mkdir(path.join(repo.dir, folder));
        await bad.make(path.join(repo.dir, folder));
        const before = { pypi: pypi.requests.length, files: pypi.files.length };
        const writes = github.requests.filter((r) => r.method !== 'GET').length;
        const started = Date.now();
        const run = await release(folder, bad.inputs);
        const seconds = (Date.now() - started) / 1000;
        expect(seconds, run.stdout).toBeLessThan(bad.within);
        const level = bad.level ?? 'error';
        const found = run.annotations.filter(
          (a) => a.level === level && a.properties.title === bad.title,
        );
        expect(found.map((a) => a.message).join('\n'), run.stdout).toMatch(bad.says);
        if (level === 'error') expect(run.exitCode, run.stdout).toBe(1);
        // Nothing reached the index, and GitHub received no write.
        expect(pypi.files.length).toBe(before.files);
        expect(pypi.requests.filter((r) => r.method === 'POST').length).toBe(
          pypi.requests.slice(0, before.pypi).filter((r) => r.method === 'POST').length,
        );
        expect(github.requests.filter((r) => r.method !== 'GET').length).toBe(writes);
      },
      180_000,
    );
  }
});
