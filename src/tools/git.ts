// git through @actions/exec with argument arrays: refs and paths never pass through a shell.
import { getExecOutput } from '@actions/exec';

export interface GitResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function git(
  cwd: string,
  args: readonly string[],
  env?: Record<string, string>,
): Promise<GitResult> {
  const result = await getExecOutput('git', [...args], {
    cwd,
    silent: true,
    ignoreReturnCode: true,
    env: env ? { ...(process.env as Record<string, string>), ...env } : undefined,
  });
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

/** 'tag' for an annotated tag, 'commit' for a lightweight one, undefined when absent. */
export async function tagObjectType(cwd: string, tag: string): Promise<string | undefined> {
  const result = await git(cwd, ['cat-file', '-t', `refs/tags/${tag}`]);
  return result.exitCode === 0 ? result.stdout.trim() : undefined;
}

/** A file's text at a commit, or undefined when the commit does not have it. */
export async function showFile(
  cwd: string,
  commit: string,
  path: string,
): Promise<string | undefined> {
  const result = await git(cwd, ['show', `${commit}:${path}`]);
  return result.exitCode === 0 ? result.stdout : undefined;
}

export async function hasCommit(cwd: string, commit: string): Promise<boolean> {
  return (await git(cwd, ['cat-file', '-e', `${commit}^{commit}`])).exitCode === 0;
}
