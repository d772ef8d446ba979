// Gathers the facts of the version check (files, tag, base branch) and decides with checkVersions.
import { checkVersions } from './check-versions.js';
import type { CheckResult } from '../report.js';
import type { RunContext } from '../run/index.js';
import type { Inputs } from '../run/index.js';
import { loadProject, type Project } from '../project/index.js';
import type { FileReader } from '../files/index.js';
import {
  changedFiles,
  changedLines,
  git,
  hasCommit,
  listTags,
  listTree,
  remoteTags,
  showFile,
  tagsMergedInto,
} from '../tools/index.js';
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

interface BaseFacts {
  readonly version?: string;
  readonly problem?: string;
  readonly changedFiles?: readonly string[];
  readonly changedChangelogLines?: ReadonlySet<number>;
}

/** What the pull request changes against its base: the files, and the changelog's lines. */
async function readChanges(
  cwd: string,
  baseSha: string,
  changelogFile: string | undefined,
): Promise<Pick<BaseFacts, 'changedFiles' | 'changedChangelogLines'>> {
  const [files, lines] = await Promise.all([
    changedFiles(cwd, baseSha, 'HEAD'),
    changelogFile === undefined ? undefined : changedLines(cwd, baseSha, 'HEAD', changelogFile),
  ]);
  return { changedFiles: files, changedChangelogLines: lines };
}

async function readBase(
  context: RunContext,
  dir: string,
  changelogFile: string | undefined,
): Promise<BaseFacts> {
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
  const [version, changes] = await Promise.all([
    readBaseVersion(cwd, pr.baseSha, dir),
    readChanges(cwd, pr.baseSha, changelogFile),
  ]);
  return { ...version, ...changes };
}

async function readBaseVersion(
  cwd: string,
  baseSha: string,
  dir: string,
): Promise<{ version?: string; problem?: string }> {
  try {
    const base = await loadProject(gitReader(cwd, baseSha), {
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

/**
 * The versions the repository's version tags name. A pull request's checkout has none, and a tag
 * push's only its own; then origin is asked for them.
 */
async function releasedVersions(
  context: RunContext,
  localTags: readonly string[],
  prefix: string,
): Promise<string[]> {
  const versions = (names: readonly string[]) =>
    names.flatMap((name) => tagVersion(name, prefix)?.version.normalized ?? []);
  const local = versions(localTags);
  if (local.length > 1 || (!context.pullRequest && context.tag === undefined)) return local;
  return [...new Set([...local, ...versions((await remoteTags(context.workspace)) ?? [])])];
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
    readBase(context, dir, project.changelog?.file),
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
      changedFiles: base.changedFiles,
      changedChangelogLines: base.changedChangelogLines,
    },
    releasedVersions: project.changelog
      ? await releasedVersions(
          context,
          tag ? await listTags(context.workspace) : tags,
          inputs.tagPrefix,
        )
      : [],
    requireChangelogEntry: inputs.requireChangelogEntry,
    tagPrefix: tag?.prefix ?? prefixForNewTag(tags, inputs.tagPrefix),
    earlierTags,
  });
  return { project, result };
}
