// Real git repositories for tests: a working clone with a local bare `origin`.
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './action.js';

export const EXAMPLE = path.join(ROOT, 'example');

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
};

export function gitIn(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' });
}

export interface TestRepo {
  dir: string;
  origin: string;
  git(...args: string[]): string;
  read(file: string): Promise<string>;
  write(file: string, text: string): Promise<void>;
  /** Replaces text in a file; fails when the text is not there. */
  edit(file: string, from: string | RegExp, to: string): Promise<void>;
  commitAll(message: string): string;
}

/**
 * A clone of a bare origin whose main branch holds `source` (the example project by default).
 * Build output folders (dist, build, __pycache__) are left out unless `everything` is set, for a
 * fixture whose package is named like one (pypa/build's `build`).
 */
export async function makeRepo(
  source = EXAMPLE,
  subdir = '',
  everything = false,
): Promise<TestRepo> {
  const base = await mkdtemp(path.join(tmpdir(), 'pyrelease-repo-'));
  const origin = path.join(base, 'origin.git');
  const dir = path.join(base, 'work');
  gitIn(base, 'init', '--quiet', '--bare', '--initial-branch=main', origin);
  gitIn(base, 'init', '--quiet', '--initial-branch=main', dir);
  await cp(source, path.join(dir, subdir), {
    recursive: true,
    // A relative link stays relative, as git keeps it.
    verbatimSymlinks: true,
    filter: (src) => everything || !/(^|\/)(dist|build|__pycache__)$/.test(src) || src === source,
  });
  const repo: TestRepo = {
    dir,
    origin,
    git: (...args) => gitIn(dir, ...args),
    read: (file) => readFile(path.join(dir, file), 'utf8'),
    write: (file, text) => writeFile(path.join(dir, file), text),
    async edit(file, from, to) {
      const before = await repo.read(file);
      const after = before.replace(from, to);
      if (after === before) throw new Error(`${String(from)} not found in ${file}`);
      await repo.write(file, after);
    },
    commitAll(message) {
      repo.git('add', '-A');
      repo.git('commit', '--quiet', '-m', message);
      return repo.git('rev-parse', 'HEAD').trim();
    },
  };
  repo.git('remote', 'add', 'origin', origin);
  repo.commitAll('Initial commit');
  repo.git('push', '--quiet', 'origin', 'main');
  return repo;
}
