// Releases of the example project through the bundled action against the local index, for the
// tests of faults, re-runs and credentials: no GitHub token (the release side has tests of its
// own), Debian's build backend and twine, and short timeouts so a hanging server costs seconds.
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PypiServer } from '../../servers/pypi.js';
import { runAction, type ActionRun } from './action.js';
import { makeRepo, type TestRepo } from './repo.js';

export const VERSION = '0.1.15';
export const TAG = `v${VERSION}`;

/** HTTP timeouts and back-off shortened through the client's environment settings. */
export const FAST_HTTP = {
  PYRELEASE_HTTP_TIMEOUT_MS: '3000',
  PYRELEASE_HTTP_RETRY_BASE_MS: '50',
  PYRELEASE_HTTP_RETRY_MAX_MS: '2000',
  PYRELEASE_UPLOAD_FLOOR_SECONDS: '15',
};

export async function taggedRepo(): Promise<TestRepo> {
  const repo = await makeRepo();
  repo.git('tag', '-a', TAG, '-m', `Release ${TAG}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

export function releaseRun(
  repo: TestRepo,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  onSpawn?: (child: ChildProcess) => void,
): Promise<ActionRun> {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/${TAG}`,
    payload: { repository: { default_branch: 'main' } },
    env: { ...FAST_HTTP, ...env },
    inputs: {
      builder: 'build',
      'build-isolation': 'false',
      python: '/usr/bin/python3',
      'github-token': '',
      ...inputs,
    },
    onSpawn,
  });
}

/** The built files, by name, with their sha256. */
export async function builtFiles(repo: TestRepo): Promise<Map<string, string>> {
  const dist = path.join(repo.dir, 'dist');
  const files = new Map<string, string>();
  for (const name of await readdir(dist)) {
    const hash = createHash('sha256')
      .update(await readFile(path.join(dist, name)))
      .digest('hex');
    files.set(name, hash);
  }
  return files;
}

/** The index holds each built file exactly once, with the built content, and nothing else. */
export async function eachFileOnce(pypi: PypiServer, repo: TestRepo): Promise<string[]> {
  const built = await builtFiles(repo);
  const held = pypi.files.map((file) => `${file.filename} ${file.sha256}`).sort();
  const expected = [...built].map(([name, hash]) => `${name} ${hash}`).sort();
  return held.length === expected.length && held.every((line, i) => line === expected[i])
    ? []
    : [`index holds ${held.join(', ')}; built ${expected.join(', ')}`];
}

export function errorOf(run: ActionRun): { title?: string; message: string } | undefined {
  const error = run.annotations.find((annotation) => annotation.level === 'error');
  return error && { title: error.properties.title, message: error.message };
}
