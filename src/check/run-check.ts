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
  treeEntry,
} from '../tools/index.js';
import { parseVersionTag, refuseNonVersionTag, tagVersion } from '../version/index.js';
import { prefixForNewTag, projectTagNames, type VersionTag } from '../version/index.js';
import { fileSystemReader, resolveProjectDir } from '../files/index.js';
import { pathRefusal, READ_LIMITS, refusedPath, tooLarge } from '../files/index.js';

export interface CheckRun {
  readonly project: Project;
  readonly result: CheckResult;
  /** The names this project's release tags may start with (see projectTagNames). */
  readonly tagNames: readonly string[];
}

/** The names a release tag of this project may start with when tag-prefix is not set. */
function tagNamesFor(
  context: Pick<RunContext, 'repository'>,
  inputs: Pick<Inputs, 'importName'>,
  name: string | undefined,
): readonly string[] {
  return projectTagNames({ name, importName: inputs.importName, repository: context.repository });
}

/** The files of a commit, refused and bounded as the workspace's are (fileSystemReader). */
function gitReader(workspace: string, commit: string): FileReader {
  const refuse = (file: string) => {
    const refusal = pathRefusal(file);
    if (refusal) throw refusedPath(file, refusal);
  };
  return {
    async read(file, limit = READ_LIMITS.text) {
      refuse(file);
      const entry = await treeEntry(workspace, commit, file);
      if (entry?.type !== 'blob') return undefined;
      if (entry.size > limit) throw tooLarge(file, entry.size, limit);
      return showFile(workspace, commit, file);
    },
    list(dir) {
      refuse(dir);
      return listTree(workspace, commit, dir);
    },
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
  projectNames: readonly string[],
): Promise<string[]> {
  const versions = (tags: readonly string[]) =>
    tags.flatMap((tag) => tagVersion(tag, prefix, projectNames)?.version.normalized ?? []);
  const local = versions(localTags);
  if (local.length > 1 || (!context.pullRequest && context.tag === undefined)) return local;
  return [...new Set([...local, ...versions((await remoteTags(context.workspace)) ?? [])])];
}

export async function runCheck(
  context: RunContext,
  inputs: Inputs,
  tagName?: string,
): Promise<CheckRun> {
  // Refuse a tag no project could release before reading anything else; the rest of the tag
  // is judged once the build files name the project, before its version files and changelog.
  if (tagName !== undefined) refuseNonVersionTag(tagName, inputs.tagPrefix);
  const judged: { tag?: VersionTag; names: readonly string[] } = { names: [] };
  const dir = await resolveProjectDir(context.workspace, inputs.workingDirectory);
  // git lists the tags while the files are read and parsed; a failure is reported below, after
  // the project's own errors, as before.
  const tagList = listTags(context.workspace);
  tagList.catch(() => undefined);
  const project = await loadProject(fileSystemReader(context.workspace), {
    dir,
    changelog: inputs.changelog,
    versionFiles: inputs.versionFiles,
    repository: context.repository,
    version: (name) => {
      judged.names = tagNamesFor(context, inputs, name);
      if (tagName === undefined) return undefined;
      judged.tag = parseVersionTag(tagName, inputs.tagPrefix, judged.names);
      return judged.tag.versionText;
    },
  });
  const { tag, names } = judged;
  const [base, tags, merged] = await Promise.all([
    readBase(context, dir, project.changelog?.file),
    tagList,
    tag && project.origin.kind === 'tag'
      ? tagsMergedInto(context.workspace, `refs/tags/${tag.name}`)
      : [],
  ]);
  const earlierTags = merged
    .filter((name) => name !== tag?.name)
    .map((name) => tagVersion(name, inputs.tagPrefix, names))
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
      ? await releasedVersions(context, tags, inputs.tagPrefix, names)
      : [],
    requireChangelogEntry: inputs.requireChangelogEntry,
    tagPrefix: tag?.prefix ?? prefixForNewTag(tags, inputs.tagPrefix, names),
    earlierTags,
  });
  return { project, result, tagNames: names };
}
