// The release from a button: compute the next version, edit every file that states it (only the
// value's characters change), roll the changelog, commit and make an annotated tag in the
// checkout. The caller then runs the release's checks on the new tag, and only when they pass
// pushes branch and tag together with --atomic (pushBump) before the uploads.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunContext } from '../run/index.js';
import { rollChangelog } from '../changelog/index.js';
import { writeVersion } from '../project/index.js';
import { UserError } from '../errors.js';
import * as log from '../log.js';
import type { Inputs } from '../run/index.js';
import type { Project } from '../project/index.js';
import { repoPath } from '../files/index.js';
import { annotate } from '../report.js';
import { findPins, otherMembers, stalePins, type Pin } from '../project/index.js';
import { findRelease, parseChangelog } from '../changelog/index.js';
import { readNotesFile } from '../changelog/index.js';
import {
  currentBranch,
  git,
  headCommit,
  isOnRemoteBranch,
  listTags,
  remoteBranches,
  tagsMergedInto,
} from '../tools/index.js';
import { towncrierBuild } from '../changelog/index.js';
import { nextVersion } from '../version/index.js';
import { samePep440 } from '../version/index.js';
import {
  describeReleaseBranches,
  isReleaseBranch,
  latestVersionTag,
  prefixForNewTag,
  previousTag,
  releaseBranches,
  taggedVersions,
} from '../version/index.js';
import { fileSystemReader } from '../files/index.js';
import { runCheck, type CheckRun } from '../check/index.js';
import { pushRefusal } from './push-refusal.js';
import { requireCleanTree } from '../files/index.js';

/**
 * The exact pins of this package (`pkg-a==1.2.3`) in the other members of its monorepo that a
 * bump to `version` leaves behind; each is a warning on its file and line.
 */
async function pinsLeftBehind(
  context: RunContext,
  inputs: Inputs,
  project: Project,
  version: string,
): Promise<Pin[]> {
  if (!project.name) return [];
  const reader = fileSystemReader(context.workspace);
  const lockFile = project.sources.find((source) => source.kind === 'uv-lock')?.file;
  const lockText = lockFile === undefined ? undefined : await reader.read(lockFile);
  const lock =
    lockFile !== undefined && lockText !== undefined
      ? { file: lockFile, text: lockText }
      : undefined;
  const folders = otherMembers(
    lock,
    inputs.packages.map((entry) => entry.dir),
    project.dir,
  );
  const stale: Pin[] = [];
  for (const folder of folders) {
    const file = repoPath(folder === '.' ? '' : folder, 'pyproject.toml');
    const text = await reader.read(file);
    if (text !== undefined) stale.push(...stalePins(findPins(text, file, project.name), version));
  }
  for (const pin of stale) {
    annotate({
      level: 'warning',
      title: 'Pin left behind',
      message: `${pin.file}:${pin.line} pins ${JSON.stringify(pin.requirement)}, but this bump makes ${project.name} ${version}. Change the pin to ${project.name}==${version} (and run \`uv lock\`) when that package should require the new release.`,
      location: { file: pin.file, line: pin.line },
    });
  }
  return stale;
}

/** A bump committed and tagged in the checkout, not yet pushed. */
export interface BumpLanding {
  readonly branch: string;
  readonly tag: string;
  /** False when only the tag is made (the version is the tag, and there is no changelog). */
  readonly commits: boolean;
}

export interface BumpOutcome {
  readonly tag: string;
  readonly previous: string;
  /** The version as written into the files. */
  readonly version: string;
  readonly files: readonly string[];
  readonly commitMessage: string;
  readonly tagMessage: string;
  /** The local commit and tag, waiting for the push; undefined in a dry run. */
  readonly landing: BumpLanding | undefined;
  /** Pins of this package in other members that still name an older version. */
  readonly stalePins: readonly Pin[];
  /** `git diff` of the edited files, for the step summary. */
  readonly diff: string;
}

export interface GitUser {
  readonly name: string;
  readonly email: string;
}

export function parseGitUser(text: string): GitUser {
  const match = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  if (!match?.[1] || !match[2]) {
    throw new UserError(
      `Input git-user must look like "Name <email>", not ${JSON.stringify(text)}.`,
      'Invalid input',
    );
  }
  return { name: match[1], email: match[2] };
}

/**
 * The release guide's commit message: one line per kind of file changed, Python files first,
 * then the other version files, then the changelog.
 */
export function commitMessage(
  version: string,
  files: readonly string[],
  changelog: string | undefined,
): string {
  const names = (list: readonly string[]) => [
    ...new Set(list.map((file) => path.posix.basename(file))),
  ];
  const others = files.filter((file) => file !== changelog);
  const python = names(others.filter((file) => file.endsWith('.py')));
  const rest = names(others.filter((file) => !file.endsWith('.py')));
  const lines = [
    ...(python.length ? [`- Update version in ${python.join(', ')}`] : []),
    ...rest.map((name) => `- Update version in ${name}`),
    ...(changelog && files.includes(changelog)
      ? [`- Update ${path.posix.basename(changelog)} with release notes`]
      : []),
  ];
  const body = lines.length ? `\n\n${lines.join('\n')}` : '';
  return `chore: bump version to ${version} for release${body}\n`;
}

/**
 * The version a bump starts from: the one the files state, or, when the tag is the version, the
 * newest version tag in the branch's history (0.0.0 before the first). A version computed when
 * the package builds cannot be bumped here: the file that computes it is edited by hand.
 */
async function currentVersion(
  cwd: string,
  project: Project,
  written: string | undefined,
  prefix: string,
  projectNames: readonly string[],
): Promise<{ version: string; tag: string | undefined }> {
  const origin = project.origin;
  if (origin.kind === 'computed') {
    const where = origin.location?.file ?? project.pyprojectFile;
    throw new UserError(
      `The version is computed when the package builds (${origin.how}), so a bump cannot write it. Edit ${where} by hand to the new version, commit, and push a tag for it.`,
      'Bump refused',
      origin.location,
    );
  }
  const tags = await tagsMergedInto(cwd, 'HEAD');
  if (origin.kind === 'tag') {
    const latest = latestVersionTag(tags, prefix, projectNames);
    return { version: latest?.version ?? '0.0.0', tag: latest?.tag };
  }
  const version = written ?? '0.0.0';
  const same = taggedVersions(tags, prefix, projectNames).find((tagged) =>
    samePep440(tagged.version, version),
  );
  return { version, tag: same?.tag };
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The files and their new text; nothing is written. */
async function plannedEdits(
  context: RunContext,
  inputs: Inputs,
  project: Project,
  next: { pep440: string; written: string },
  tag: string,
  tagPrefix: string,
  previous: string | undefined,
) {
  const edits = new Map<string, { before: string; after: string }>();
  const read = async (file: string) =>
    edits.get(file)?.after ?? (await readFile(path.join(context.workspace, file), 'utf8'));
  for (const source of project.sources) {
    const before = await read(source.file);
    const after = writeVersion(before, source, next);
    edits.set(source.file, { before: edits.get(source.file)?.before ?? before, after });
  }
  // towncrier projects get their section from `towncrier build` (see runBump), not from a roll;
  // notes kept one file per version are written, not rolled (see perVersionNotes).
  if (project.changelog && !project.changelog.towncrier && !project.changelog.perVersion) {
    const before = project.changelog.text;
    const after = rollChangelog(before, {
      version: next.written,
      date: today(),
      previousTag: previous,
      tag,
      repositoryUrl: context.repository ? `${context.serverUrl}/${context.repository}` : undefined,
      tagPrefix,
      allowEmpty: inputs.allowEmptyChangelog,
      file: project.changelog.file,
      format: project.changelog.parsed.format,
    });
    edits.set(project.changelog.file, { before, after });
  }
  return edits;
}

/**
 * Everything the release after the push would refuse about the branch, refused before anything
 * is pushed: HEAD detached or on another branch, a branch that is not a release branch, a local
 * commit that origin's branch does not have (it would be pushed to the branch with the bump).
 */
async function requireReleasableBranch(
  context: RunContext,
  inputs: Inputs,
  branch: string,
  projectNames: readonly string[],
): Promise<void> {
  const cwd = context.workspace;
  const checkedOut = await currentBranch(cwd);
  if (checkedOut === undefined) {
    throw new UserError(
      `HEAD is detached, so a bump has no branch to commit to; nothing was changed or pushed. Check out the branch ${branch} (actions/checkout with ref: ${branch}) and run again.`,
      'Detached HEAD',
    );
  }
  if (checkedOut !== branch) {
    throw new UserError(
      `The run is for ${branch}, but the checkout is on ${checkedOut}; nothing was changed or pushed. Check out ${branch} and run again.`,
      'Wrong branch checked out',
    );
  }
  const remote = await remoteBranches(cwd);
  const rule = releaseBranches(
    inputs.releaseBranches,
    context.defaultBranch ?? remote.head,
    projectNames,
  );
  if (!isReleaseBranch(branch, rule)) {
    throw new UserError(
      `${branch} is not a release branch (${describeReleaseBranches(rule)}), so the release after the bump would be refused; nothing was changed or pushed. Run the workflow on a release branch, or list ${branch} in release-branches.`,
      'Not a release branch',
    );
  }
  const head = await headCommit(cwd);
  if (!head || !(await isOnRemoteBranch(cwd, head, branch))) {
    throw new UserError(
      `HEAD (${head?.slice(0, 12) ?? 'no commit'}) is not on origin/${branch}: the push would carry a local commit to ${branch} along with the bump. Nothing was changed or pushed. Bump from the commit origin/${branch} has (actions/checkout does so).`,
      'Local commit not on the remote branch',
    );
  }
}

/**
 * A bump refuses what its release would refuse. A dry run shows its diff all the same (it pushes
 * nothing), with the refusal as a warning, so a maintainer sees both on a laptop branch.
 */
async function refuseOrWarn(dryRun: boolean, check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (!dryRun || !(error instanceof UserError)) throw error;
    log.annotation('warning', `A real bump would be refused: ${error.message}`, {
      title: error.title,
    });
  }
}

/**
 * For a project that keeps one release notes file per version: the new version's file must be
 * there before the bump (the maintainer writes it), unless towncrier writes it (`filename` with
 * `{version}` and `single_file = false`), in which case `towncrier build` makes it and it joins
 * the edited files. Returns the file and its text (undefined in a dry run of towncrier).
 */
async function perVersionNotes(
  context: RunContext,
  inputs: Inputs,
  project: Project,
  version: string,
  edits: Map<string, { before: string; after: string }>,
): Promise<{ file: string; text: string | undefined; draft?: string } | undefined> {
  const changelog = project.changelog;
  const perVersion = changelog?.perVersion;
  if (!changelog || !perVersion) return undefined;
  const file = perVersion.fileFor(version);
  const existing =
    file && (await readFile(path.join(context.workspace, file), 'utf8').catch(() => undefined));
  if (file && existing !== undefined) return { file, text: existing };
  const towncrier = changelog.towncrier;
  if (!file || !towncrier?.filename?.includes('{version}')) {
    throw new UserError(
      `This project keeps one release notes file per version (${perVersion.pattern}, ${perVersion.source}), and ${file ?? `the one for ${version}`} does not exist. Write the notes for ${version} there${towncrier ? ` (\`towncrier build --draft --version ${version}\` prints them from the news fragments)` : ''}, commit it, and run the bump again. Nothing was changed.`,
      'No release notes for the new version',
      { file: file ?? perVersion.pattern },
    );
  }
  if (towncrier.fragments.length === 0 && !inputs.allowEmptyChangelog) {
    throw new UserError(
      `${towncrier.directory}/ has no news fragment, so ${version} would be released without notes. Add fragments (${towncrier.directory}/<issue>.<type>), or set allow-empty-changelog: true to release anyway. Nothing was changed.`,
      'No news fragments',
      { file: towncrier.directory },
    );
  }
  const cwd = path.join(context.workspace, project.dir);
  const output = await towncrierBuild(cwd, version, {
    python: inputs.python,
    draft: inputs.dryRun,
    file,
  });
  if (inputs.dryRun) return { file, text: undefined, draft: output };
  const after = await readFile(path.join(context.workspace, file), 'utf8');
  edits.set(file, { before: '', after });
  return { file, text: after };
}

/**
 * For a towncrier project whose changelog has no section for the new version yet: `towncrier
 * build` writes it (and stages the removal of the fragments, which the bump commit takes along),
 * and the changelog joins the edited files. A dry run asks for the draft instead, which it
 * returns; nothing is written then.
 */
async function buildTowncrierSection(
  context: RunContext,
  inputs: Inputs,
  project: Project,
  version: string,
  edits: Map<string, { before: string; after: string }>,
): Promise<string | undefined> {
  const changelog = project.changelog;
  if (!changelog?.towncrier || changelog.perVersion || findRelease(changelog.parsed, version)) {
    return undefined;
  }
  if (changelog.towncrier.fragments.length === 0 && !inputs.allowEmptyChangelog) {
    throw new UserError(
      `${changelog.towncrier.directory}/ has no news fragment, so ${version} would be released without notes. Add fragments (${changelog.towncrier.directory}/<issue>.<type>), or set allow-empty-changelog: true to release anyway. Nothing was changed.`,
      'No news fragments',
      { file: changelog.towncrier.directory },
    );
  }
  const cwd = path.join(context.workspace, project.dir);
  const output = await towncrierBuild(cwd, version, {
    python: inputs.python,
    draft: inputs.dryRun,
    file: changelog.file,
  });
  if (inputs.dryRun) return output;
  const after = await readFile(path.join(context.workspace, changelog.file), 'utf8');
  edits.set(changelog.file, { before: changelog.text, after });
  return undefined;
}

/** What the run asks to bump: its branch, and the level or version from the inputs. */
function bumpRequest(context: RunContext, inputs: Inputs): { branch: string; level: string } {
  const branch = context.branch;
  if (!branch) {
    throw new UserError(
      `A bump commits to a branch, but this run is for ${JSON.stringify(context.ref)}. Start it with "Run workflow" on a branch.`,
      'No branch to bump',
    );
  }
  const level = inputs.bump || context.dispatchInputs.bump || '';
  if (!level) {
    throw new UserError(
      'mode: bump needs a bump level (patch, minor, major, prepatch, preminor, premajor, prerelease) or a version in the bump input.',
      'No bump level',
    );
  }
  return { branch, level };
}

/** The version check of the project, which must pass before anything is bumped. */
async function passingCheck(context: RunContext, inputs: Inputs) {
  const checked = await runCheck(context, inputs, undefined);
  const { result } = checked;
  if (!result.ok) {
    const errors = result.findings.filter((finding) => finding.level === 'error');
    throw new UserError(
      `The version check must pass before a bump; it found: ${errors.map((error) => `${error.title} (${error.location?.file ?? ''}${error.location?.line ? `:${error.location.line}` : ''})`).join(', ')}. Nothing was changed.`,
      'Bump refused',
    );
  }
  return checked;
}

/** Where the bump goes: from the current version to the next, and the tag that names it. */
interface BumpTarget {
  readonly current: { version: string; tag: string | undefined };
  readonly next: { pep440: string; written: string };
  /** The prefix the new tag gets: tag-prefix, else as the newest version tag spells it. */
  readonly tagPrefix: string;
  readonly tag: string;
  /** The tag the changelog's compare link starts from. */
  readonly previous: string | undefined;
}

async function bumpTarget(
  cwd: string,
  checked: CheckRun,
  inputs: Inputs,
  level: string,
): Promise<BumpTarget> {
  const { project, tagNames } = checked;
  const tags = await listTags(cwd);
  const current = await currentVersion(
    cwd,
    project,
    checked.result.version,
    inputs.tagPrefix,
    tagNames,
  );
  const next = nextVersion(current.version, level, {
    preid: inputs.preid || undefined,
    style: inputs.versionStyle,
  });
  // A project whose tags are `mypkg-1.2.3` gets `mypkg-1.2.4`.
  const tagPrefix = prefixForNewTag(tags, inputs.tagPrefix, tagNames);
  const tag = `${tagPrefix}${next.written}`;
  await requireNewTag(cwd, tags, tag);
  const previous = current.tag ?? previousTag(tags, inputs.tagPrefix, next.pep440, tagNames);
  return { current, next, tagPrefix, tag, previous };
}

/** The tag must be new, here and on origin. */
async function requireNewTag(cwd: string, tags: readonly string[], tag: string): Promise<void> {
  if (
    tags.includes(tag) ||
    (await git(cwd, ['ls-remote', '--exit-code', '--tags', 'origin', `refs/tags/${tag}`]))
      .exitCode === 0
  ) {
    throw new UserError(
      `The tag ${tag} already exists. Choose another version. If a bump pushed it and its release stopped half-way, finish that release from the tag: Run workflow → Use workflow from → Tags → ${tag} (releasing a tag again completes what is missing and duplicates nothing).`,
      'Tag exists',
    );
  }
}

/**
 * The annotated tag's message: the new version's release notes (its own notes file, or its
 * section of the changelog once rolled or drafted), else `Release <version>`.
 */
function tagMessageFor(
  project: Project,
  next: { pep440: string; written: string },
  notes: { text: string | undefined } | undefined,
  draft: string | undefined,
  edits: ReadonlyMap<string, { before: string; after: string }>,
): string {
  const changelog = project.changelog;
  const changelogAfter = changelog
    ? (draft ?? edits.get(changelog.file)?.after ?? changelog.text)
    : undefined;
  return (
    (notes?.text !== undefined &&
      readNotesFile(notes.text, {
        format: changelog!.parsed.format,
        version: next.pep440,
        projectName: project.name,
      })?.body) ||
    (!notes &&
      changelogAfter &&
      findRelease(parseChangelog(changelogAfter, { format: changelog?.parsed.format }), next.pep440)
        ?.body) ||
    `Release ${next.written}`
  );
}

/** Writes the new text of every edited file; returns their `git diff`. */
async function writeEdits(
  cwd: string,
  edits: ReadonlyMap<string, { before: string; after: string }>,
): Promise<string> {
  for (const [file, edit] of edits) await writeFile(path.join(cwd, file), edit.after);
  const files = [...edits.keys()];
  const diff = files.length > 0 ? await git(cwd, ['diff', '--', ...files]) : undefined;
  return diff?.stdout ?? '';
}

/** A dry run puts every file back as it was and prints what a bump would do. */
async function finishDryRun(
  cwd: string,
  edits: ReadonlyMap<string, { before: string; after: string }>,
  outcome: Omit<BumpOutcome, 'landing'>,
  towncrier: { file: string | undefined; draft: string | undefined },
): Promise<void> {
  for (const [file, edit] of edits) await writeFile(path.join(cwd, file), edit.before);
  log.info(
    `Dry run: ${outcome.previous} → ${outcome.version}, tag ${outcome.tag}. The files would change so:\n${outcome.diff}`,
  );
  if (towncrier.draft !== undefined) {
    log.info(`towncrier would add to ${towncrier.file}:\n${towncrier.draft}`);
  }
  log.info(
    `Commit message:\n${outcome.commitMessage}\nTag ${outcome.tag} (annotated) with the message:\n${outcome.tagMessage}`,
  );
}

/** Commits the edited files (when there are any) and makes the annotated tag, in the checkout. */
async function commitAndTag(
  cwd: string,
  user: GitUser,
  landing: BumpLanding,
  outcome: Pick<BumpOutcome, 'files' | 'commitMessage' | 'tagMessage'>,
): Promise<void> {
  const identity = ['-c', `user.name=${user.name}`, '-c', `user.email=${user.email}`];
  const scratch = await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-bump-'));
  try {
    const messageFile = path.join(scratch, 'commit-message');
    const tagFile = path.join(scratch, 'tag-message');
    await writeFile(messageFile, outcome.commitMessage);
    await writeFile(tagFile, `${outcome.tagMessage}\n`);
    const must = async (what: string, args: string[]) => {
      const run = await git(cwd, args);
      if (run.exitCode !== 0)
        throw new UserError(
          `${what} failed: ${run.stderr.trim() || run.stdout.trim()}`,
          'git failed',
        );
      return run;
    };
    if (landing.commits) {
      await must('git add', ['add', '--', ...outcome.files]);
      await must('git commit', [...identity, 'commit', '--quiet', '--file', messageFile]);
    }
    await must('git tag', [
      ...identity,
      'tag',
      '--annotate',
      '--file',
      tagFile,
      '--cleanup=verbatim',
      landing.tag,
      'HEAD',
    ]);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export async function runBump(context: RunContext, inputs: Inputs): Promise<BumpOutcome> {
  const { branch, level } = bumpRequest(context, inputs);
  const checked = await passingCheck(context, inputs);
  const { project } = checked;
  const cwd = context.workspace;
  await refuseOrWarn(inputs.dryRun, async () => {
    await requireReleasableBranch(context, inputs, branch, checked.tagNames);
    await requireCleanTree(cwd, project.dir, 'A bump and the release that follows it');
  });
  const { current, next, tagPrefix, tag, previous } = await bumpTarget(cwd, checked, inputs, level);
  const edits = await plannedEdits(context, inputs, project, next, tag, tagPrefix, previous);
  // Read before any file is touched (a dry run checks it too): a bad git-user leaves the
  // checkout as it was.
  const user = parseGitUser(inputs.gitUser);
  const notes = await perVersionNotes(context, inputs, project, next.pep440, edits);
  const draft =
    notes?.draft ?? (await buildTowncrierSection(context, inputs, project, next.pep440, edits));
  const pins = await pinsLeftBehind(context, inputs, project, next.pep440);
  const files = [...edits.keys()];
  const described = {
    tag,
    previous: current.version,
    version: next.written,
    files,
    commitMessage: commitMessage(next.written, files, notes?.file ?? project.changelog?.file),
    tagMessage: tagMessageFor(project, next, notes, draft, edits),
    stalePins: pins,
  };
  const outcome = { ...described, diff: await writeEdits(cwd, edits) };
  if (inputs.dryRun) {
    await finishDryRun(cwd, edits, outcome, {
      file: notes?.file ?? project.changelog?.file,
      draft,
    });
    return { ...outcome, landing: undefined };
  }
  // A project whose tag is its version and that has no changelog has nothing to commit.
  const landing: BumpLanding = { branch, tag, commits: files.length > 0 };
  await commitAndTag(cwd, user, landing, outcome);
  log.info(
    `Committed and tagged ${tag} (${current.version} → ${next.written}); pushed once the release checks pass.`,
  );
  return { ...outcome, landing };
}

/** Takes the bump's commit and tag out of the checkout: it is as it was before the bump. */
export async function undoBump(cwd: string, landing: BumpLanding): Promise<void> {
  await git(cwd, ['tag', '--delete', landing.tag]);
  if (landing.commits) await git(cwd, ['reset', '--quiet', '--hard', 'HEAD~1']);
}

/**
 * Pushes the branch and the tag together (`--atomic`: both land or neither does). On a refusal
 * nothing landed; the release that called it puts the checkout back (undoBump), once.
 */
export async function pushBump(cwd: string, landing: BumpLanding): Promise<string> {
  const { branch, tag } = landing;
  const push = await git(cwd, [
    'push',
    '--atomic',
    '--porcelain',
    'origin',
    `HEAD:refs/heads/${branch}`,
    `refs/tags/${tag}:refs/tags/${tag}`,
  ]);
  if (push.exitCode !== 0) {
    const refusal = pushRefusal(branch, tag, push);
    throw new UserError(refusal.message, refusal.title);
  }
  return `${branch} and the annotated tag ${tag}`;
}
