// git through @actions/exec with argument arrays: refs and paths never pass through a shell, and
// `--end-of-options` keeps a value that starts with `-` from being read as an option.
import { getExecOutput } from '@actions/exec';
import { execFile } from 'node:child_process';
import { devNull } from 'node:os';
import { childEnvironment } from './child-env.js';

// No hook (.git/hooks, core.hooksPath) and no fsmonitor command runs for pyrelease's git calls:
// they are the checkout's code, and a bump's commit and push need none of them.
const HARDENED = ['-c', `core.hooksPath=${devNull}`, '-c', 'core.fsmonitor=false'];

export interface GitResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** git's subcommands that talk to a remote, and how long each may take before it is stopped. */
const NETWORK_DEADLINE_MS: Readonly<Record<string, number>> = {
  fetch: 300_000,
  'ls-remote': 60_000,
  push: 300_000,
};

/** A remote that accepts the connection and then drips bytes would otherwise hold the run. */
function gitWithDeadline(
  cwd: string,
  args: readonly string[],
  deadlineMs: number,
  env?: Record<string, string>,
): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile(
      'git',
      [...HARDENED, ...args],
      {
        cwd,
        timeout: deadlineMs,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
        env: childEnvironment(process.env, env),
      },
      (error, stdout, stderr) => {
        const timedOut = error !== null && (error as { killed?: boolean }).killed === true;
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({
          exitCode,
          stdout,
          stderr: timedOut
            ? `${stderr}git ${args[0]} was stopped after ${deadlineMs / 1000} s without finishing.\n`
            : stderr,
        });
      },
    );
  });
}

export async function git(
  cwd: string,
  args: readonly string[],
  env?: Record<string, string>,
): Promise<GitResult> {
  const deadline = NETWORK_DEADLINE_MS[args[0] ?? ''];
  if (deadline !== undefined) return gitWithDeadline(cwd, args, deadline, env);
  const result = await getExecOutput('git', [...HARDENED, ...args], {
    cwd,
    silent: true,
    ignoreReturnCode: true,
    env: childEnvironment(process.env, env),
  });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

/** A file's text at a commit, or undefined when the commit does not have it. */
export async function showFile(
  cwd: string,
  commit: string,
  path: string,
): Promise<string | undefined> {
  const result = await git(cwd, ['show', '--end-of-options', `${commit}:${path}`]);
  return result.exitCode === 0 ? result.stdout : undefined;
}

/** The type and size of a path at a commit (`blob`, `tree`), or undefined when it has none. */
export async function treeEntry(
  cwd: string,
  commit: string,
  path: string,
): Promise<{ type: string; size: number } | undefined> {
  const result = await git(cwd, ['ls-tree', '-l', '-z', commit, '--', path]);
  const [info, name] = result.stdout.split('\0')[0]?.split('\t', 2) ?? [];
  if (result.exitCode !== 0 || name !== path || info === undefined) return undefined;
  const [, type, , size] = info.split(/ +/);
  return { type: type ?? '', size: Number(size) || 0 };
}

/** Repository-relative entries directly in `dir` at a commit (folders end in `/`). */
export async function listTree(
  cwd: string,
  commit: string,
  dir: string,
): Promise<string[] | undefined> {
  const result = await git(cwd, ['ls-tree', '-z', commit, '--', dir ? `${dir}/` : '.']);
  if (result.exitCode !== 0) return undefined;
  return result.stdout
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const [info, file] = line.split('\t', 2) as [string, string];
      return info.split(' ')[1] === 'tree' ? `${file}/` : file;
    });
}

export async function hasCommit(cwd: string, commit: string): Promise<boolean> {
  return (
    (await git(cwd, ['cat-file', '-e', '--end-of-options', `${commit}^{commit}`])).exitCode === 0
  );
}

export async function listTags(cwd: string): Promise<string[]> {
  const result = await git(cwd, ['tag', '--list']);
  return result.exitCode === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}

/** The commit a tag points at. */
export async function tagCommit(cwd: string, tag: string): Promise<string | undefined> {
  const result = await git(cwd, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `refs/tags/${tag}^{commit}`,
  ]);
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/** Branch names on origin with the commit each points at, and which one HEAD names (the default branch). */
export async function remoteBranches(
  cwd: string,
): Promise<{ branches: { name: string; tip: string }[]; head: string | undefined }> {
  const result = await git(cwd, ['ls-remote', '--symref', 'origin', 'HEAD', 'refs/heads/*']);
  if (result.exitCode !== 0) return { branches: [], head: undefined };
  const branches: { name: string; tip: string }[] = [];
  let head: string | undefined;
  for (const line of result.stdout.split('\n')) {
    const symref = /^ref: refs\/heads\/(\S+)\s+HEAD$/.exec(line);
    if (symref) head = symref[1];
    const ref = /^([0-9a-f]+)\s+refs\/heads\/(\S+)$/.exec(line);
    if (ref?.[2]) branches.push({ name: ref[2], tip: ref[1]! });
  }
  return { branches, head };
}

/** Whether `commit` is in the history of origin's `branch` (fetching the branch first). */
export async function isOnRemoteBranch(
  cwd: string,
  commit: string,
  branch: string,
): Promise<boolean> {
  const ref = `refs/remotes/origin/${branch}`;
  await git(cwd, [
    'fetch',
    '--quiet',
    '--no-tags',
    '--end-of-options',
    'origin',
    `+refs/heads/${branch}:${ref}`,
  ]);
  return (
    (await git(cwd, ['merge-base', '--is-ancestor', '--end-of-options', commit, ref])).exitCode ===
    0
  );
}

/** Tags whose commits are in the history of `ref` (the ref's own tags included). */
export async function tagsMergedInto(cwd: string, ref: string): Promise<string[]> {
  const result = await git(cwd, ['tag', '--list', `--merged=${ref}`]);
  return result.exitCode === 0 ? result.stdout.split('\n').filter(Boolean) : [];
}

/** The commit HEAD is at, or undefined in a repository without commits. */
export async function headCommit(cwd: string): Promise<string | undefined> {
  const result = await git(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/** The branch HEAD is on, or undefined when HEAD is detached. */
export async function currentBranch(cwd: string): Promise<string | undefined> {
  const result = await git(cwd, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/**
 * `git status --porcelain=v1 -z` of one folder: modified, staged and untracked files; ignored
 * files are left out (they do not enter an sdist built from a git checkout by most backends).
 */
export async function statusOf(cwd: string, dir: string): Promise<string> {
  const result = await git(cwd, [
    'status',
    '--porcelain=v1',
    '-z',
    '--untracked-files=all',
    '--',
    dir === '' ? '.' : `:(top,literal)${dir}`,
  ]);
  if (result.exitCode !== 0) throw new Error(`git status failed: ${result.stderr.trim()}`);
  return result.stdout;
}

/**
 * The repository-relative paths that differ between two commits (a pull request's base and its
 * merge commit), or undefined when git cannot tell.
 */
export async function changedFiles(
  cwd: string,
  from: string,
  to: string,
): Promise<string[] | undefined> {
  const result = await git(cwd, ['diff', '--no-renames', '--name-only', '-z', from, to, '--']);
  return result.exitCode === 0 ? result.stdout.split('\0').filter(Boolean) : undefined;
}

/** The lines of `file` at `to` that differ from `from` (added or changed), 1-based. */
export async function changedLines(
  cwd: string,
  from: string,
  to: string,
  file: string,
): Promise<Set<number> | undefined> {
  const result = await git(cwd, ['diff', '--no-renames', '-U0', from, to, '--', file]);
  if (result.exitCode !== 0) return undefined;
  const lines = new Set<number>();
  for (const hunk of result.stdout.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(hunk[1]);
    const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
    for (let line = start; line < start + count; line++) lines.add(line);
  }
  return lines;
}

/** The tag names origin has (a pull request's checkout fetches none). */
export async function remoteTags(cwd: string): Promise<string[] | undefined> {
  const result = await git(cwd, ['ls-remote', '--tags', '--refs', 'origin']);
  if (result.exitCode !== 0) return undefined;
  return result.stdout
    .split('\n')
    .map((line) => /^[0-9a-f]+\trefs\/tags\/(.+)$/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined);
}
