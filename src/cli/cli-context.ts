// What a run on the command line is about, in the terms the action uses: the repository's root as
// the workspace and the project folder as working-directory, so the CLI reads the same paths as
// the action (`git show <base>:<path>` takes paths from the root), from any folder inside it.
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { RunContext } from '../run/index.js';
import { UserError } from '../errors.js';
import { git } from '../tools/index.js';

export interface LocalRun {
  readonly context: RunContext;
  /** The project folder relative to the workspace, for the working-directory input. */
  readonly workingDirectory: string;
  /** false: the folder is in no git repository (git rev-parse found none). */
  readonly inRepository: boolean;
}

async function existingDir(dir: string): Promise<string> {
  try {
    return await realpath(dir);
  } catch {
    throw new UserError(`The folder ${dir} does not exist.`, 'Folder not found');
  }
}

export async function localRun(
  dir: string,
  options: { readonly tag?: string; readonly base?: string } = {},
): Promise<LocalRun> {
  const project = await existingDir(path.resolve(dir));
  const top = await git(project, ['rev-parse', '--show-toplevel']);
  // Outside a git repository the project folder is all there is.
  const workspace = top.exitCode === 0 ? await existingDir(top.stdout.trim()) : project;
  const head = await git(project, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  const branch = head.exitCode === 0 ? head.stdout.trim() || undefined : undefined;
  const relative = path.relative(workspace, project).split(path.sep).join('/');
  return {
    workingDirectory: relative || '.',
    inRepository: top.exitCode === 0,
    context: {
      eventName: 'cli',
      ref: branch ? `refs/heads/${branch}` : '',
      tag: options.tag,
      branch,
      pullRequest: options.base
        ? { number: 0, baseRef: options.base, baseSha: options.base }
        : undefined,
      workspace,
      repository: undefined,
      serverUrl: 'https://github.com',
      sha: undefined,
      defaultBranch: undefined,
      apiUrl: 'https://api.github.com',
      dispatchInputs: {},
    },
  };
}
