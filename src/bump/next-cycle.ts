// The release guide's "Start new development cycle": after a release from a tag push, a pull
// request that adds a fresh `## [Unreleased]` section when the changelog has none.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addUnreleasedSection } from '../changelog/index.js';
import { UserError } from '../errors.js';
import type { Releaser } from '../github/index.js';
import type { Project } from '../project/index.js';
import { git } from '../tools/index.js';
import type { GitUser } from './run-bump.js';

export async function openNextCyclePullRequest(options: {
  readonly workspace: string;
  readonly project: Project;
  readonly releaser: Releaser;
  readonly baseBranch: string;
  readonly tag: string;
  readonly user: GitUser;
}): Promise<string | undefined> {
  const changelog = options.project.changelog;
  // towncrier projects keep their pending entries as fragments, not in an Unreleased section.
  if (!changelog || changelog.parsed.unreleased || changelog.towncrier) return undefined;
  const cwd = options.workspace;
  const branch = `pyrelease/next-cycle-after-${options.tag}`;
  const identity = [
    '-c',
    `user.name=${options.user.name}`,
    '-c',
    `user.email=${options.user.email}`,
  ];
  const scratch = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-next-'));
  const worktree = path.join(scratch, 'tree');
  try {
    const must = async (args: string[], where = cwd) => {
      const run = await git(where, args);
      if (run.exitCode !== 0) {
        throw new UserError(
          `git ${args[0]} failed while opening the next-cycle pull request: ${run.stderr.trim()}`,
          'Next cycle failed',
        );
      }
    };
    // A separate worktree on the tagged commit leaves the checkout of the release untouched.
    await must([
      'worktree',
      'add',
      '--quiet',
      '-b',
      branch,
      worktree,
      `refs/tags/${options.tag}^{commit}`,
    ]);
    await writeFile(
      path.join(worktree, changelog.file),
      addUnreleasedSection(changelog.text, {
        file: changelog.file,
        format: changelog.parsed.format,
      }),
    );
    await must(['add', '--', changelog.file], worktree);
    await must(
      [
        ...identity,
        'commit',
        '--quiet',
        '-m',
        `chore: start the development cycle after ${options.tag}`,
      ],
      worktree,
    );
    await must(['push', '--quiet', 'origin', `${branch}:refs/heads/${branch}`], worktree);
    return await options.releaser.openPullRequest({
      title: `Start the development cycle after ${options.tag}`,
      head: branch,
      base: options.baseBranch,
      body: `${options.tag} is released. This adds an empty \`## [Unreleased]\` section to ${changelog.file} for the changes that come next.`,
    });
  } finally {
    await git(cwd, ['worktree', 'remove', '--force', worktree]);
    await rm(scratch, { recursive: true, force: true });
  }
}
