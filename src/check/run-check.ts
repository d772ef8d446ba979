// Gathers the facts of the version check (files, tag, base branch) and decides with checkVersions.
import { checkVersions } from './check-versions.js';
import type { CheckResult } from '../report.js';
import type { RunContext } from '../run/index.js';
import type { Inputs } from '../run/index.js';
import { loadProject, type Project } from '../project/index.js';
import type { FileReader } from '../files/index.js';
import { hasCommit, git, listTags, listTree, showFile, tagsMergedInto } from '../tools/index.js';
import { parseVersionTag, tagVersion } from '../version/index.js';
import { prefixForNewTag } from '../version/index.js';
import { fileSystemReader, resolveProjectDir } from '../files/index.js';

export interface CheckRun {
  readonly project: Project;
  readonly result: CheckResult;
}

function gitReader(workspace: string, commit: string): FileReader {
  return {
    read: (file) => showFile(workspace, commit, file),
    list: (dir) => listTree(workspace, commit, dir),
  };
}

async function readBaseVersion(
  context: RunContext,
  inputs: Inputs,
  dir: string,
): Promise<{ version?: string; problem?: string }> {
  const pr = context.pullRequest;
  if (!pr) return {};
  const cwd = context.workspace;
  // actions/checkout fetches only the merge commit; fetch the base commit when it is missing.
  if (!(await hasCommit(cwd, pr.baseSha))) {
    await git(cwd, ['fetch', '--no-tags', '--depth=1', '--end-of-options', 'origin', pr.baseSha]);
    if (!(await hasCommit(cwd, pr.baseSha))) {
      return {
        problem: `commit ${pr.baseSha.slice(0, 12)} is not in the checkout and could not be fetched`,
      };
    }
  }
  try {
    const base = await loadProject(gitReader(cwd, pr.baseSha), {
      dir,
      changelog: 'none',
      versionFiles: [],
    });
    if (!base.primary) return { problem: 'the version is not written in its files there' };
    return { version: base.primary.value };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

export async function runCheck(
  context: RunContext,
  inputs: Inputs,
  tagName?: string,
): Promise<CheckRun> {
  // Refuse a bad tag before reading anything else.
  const tag = tagName === undefined ? undefined : parseVersionTag(tagName, inputs.tagPrefix);
  const dir = await resolveProjectDir(context.workspace, inputs.workingDirectory);
  // git lists the tags while the files are read and parsed; a failure is reported below, after
  // the project's own errors, as before.
  const tagList = tag ? Promise.resolve([]) : listTags(context.workspace);
  tagList.catch(() => undefined);
  const project = await loadProject(fileSystemReader(context.workspace), {
    dir,
    changelog: inputs.changelog,
    versionFiles: inputs.versionFiles,
    repository: context.repository,
    version: tag?.versionText,
  });
  const [base, tags, merged] = await Promise.all([
    readBaseVersion(context, inputs, dir),
    tagList,
    tag && project.origin.kind === 'tag'
      ? tagsMergedInto(context.workspace, `refs/tags/${tag.name}`)
      : [],
  ]);
  const earlierTags = merged
    .filter((name) => name !== tag?.name)
    .map((name) => tagVersion(name, inputs.tagPrefix))
    .filter((found) => found !== undefined)
    .map((found) => ({ name: found.name, version: found.version.normalized }));
  const result = checkVersions({
    project,
    tag,
    pullRequest: context.pullRequest && {
      baseRef: context.pullRequest.baseRef,
      baseVersion: base.version,
      baseProblem: base.problem,
    },
    requireChangelogEntry: inputs.requireChangelogEntry,
    tagPrefix: tag?.prefix ?? prefixForNewTag(tags, inputs.tagPrefix),
    earlierTags,
  });
  return { project, result };
}
