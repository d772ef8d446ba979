// The tag-triggered release: validate → build → inspect and test the wheel → publish → GitHub
// release → close the milestone. Nothing with a side effect starts before the first four steps
// have all passed; a dry run stops there and prints what the rest would do.
import * as core from '@actions/core';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspectDist, type ArtifactInfo } from '../artifacts/inspect.js';
import { inspectReleaseFiles } from '../artifacts/release-files.js';
import type { CheckResult } from '../check.js';
import type { RunContext } from '../context.js';
import { UserError } from '../errors.js';
import { octokitReleaser } from '../github.js';
import { timeoutFromEnvironment } from '../github-fetch.js';
import type { Inputs } from '../inputs.js';
import * as log from '../log.js';
import { Pipeline } from '../pipeline.js';
import type { Project } from '../project.js';
import { simpleIndexUrl, projectPageUrl } from '../publish/indexes.js';
import { readEventRelease } from '../release-event.js';
import { releaseNotes } from '../release-notes.js';
import { findRelease } from '../sources/changelog.js';
import { annotate } from '../report.js';
import { buildDist } from '../tools/build.js';
import { findTwine } from '../tools/find-twine.js';
import { git, isOnRemoteBranch, listTags, remoteBranches, tagCommit } from '../tools/git.js';
import { twineCheck } from '../tools/twine.js';
import { DEFAULT_UV_VERSION, resolveUv } from '../tools/uv.js';
import { shouldBeLatest } from '../version/bump.js';
import { parsePep440 } from '../version/pep440.js';
import { parseVersionTag, tagVersion } from '../version/tag.js';
import { branchMatches, latestVersionTag, releaseBranchPatterns } from '../version/tags.js';
import { choosePreviousTag } from '../previous-tag.js';
import { resolveProjectDir } from '../workspace.js';
import { runCheck, type CheckRun } from './check.js';
import { requireExactTag } from './exact-tag.js';
import { closeReleaseMilestone, publishGithubRelease } from './github-release.js';
import { parseGitUser } from './bump.js';
import { openNextCyclePullRequest } from './next-cycle.js';
import { attestor, preflightAttestations } from './attest.js';
import { describeUpload, publishTargets, publishTo } from './publish.js';
import { pipCanTargetOtherPython, testWheel } from './test-wheel.js';

export interface ReleaseOutcome {
  readonly check: CheckResult;
  readonly project: Project;
  readonly wheel: ArtifactInfo;
  /** Undefined only for a dist-dir without one (a warning). */
  readonly sdist: ArtifactInfo | undefined;
  /** Every file released: the sdist and the wheel, or all that dist-dir holds. */
  readonly files: readonly ArtifactInfo[];
  readonly releaseUrl?: string;
  readonly releaseId?: number;
  readonly pypiUrl?: string;
  readonly plan: readonly string[];
  readonly pipeline: Pipeline;
}

async function checkReleaseBranch(
  context: RunContext,
  inputs: Inputs,
  tag: string,
): Promise<string> {
  const cwd = context.workspace;
  const commit = await tagCommit(cwd, tag);
  if (!commit) {
    throw new UserError(
      `The tag ${tag} is not in the checkout; check out the tag (actions/checkout does on a tag push).`,
      'Tag not found',
    );
  }
  const remote = await remoteBranches(cwd);
  const defaultBranch = context.defaultBranch ?? remote.head;
  const patterns = releaseBranchPatterns(inputs.releaseBranches, defaultBranch);
  const candidates = remote.branches.filter((branch) => branchMatches(branch, patterns));
  for (const branch of candidates) {
    if (await isOnRemoteBranch(cwd, commit, branch)) return branch;
  }
  throw new UserError(
    `The tag ${tag} points at ${commit.slice(0, 12)}, which is on none of the release branches (${patterns.join(', ')}). Tag a commit that is on one of them, or list the branch in release-branches.`,
    'Tag not on a release branch',
  );
}

/** PyPI refuses local versions (`1.0.0+abc`): refused here, before anything is built. */
function refuseLocalVersion(run: CheckRun, tag: string | undefined): void {
  const version = run.result.pep440 === undefined ? null : parsePep440(run.result.pep440);
  if (!version?.local) return;
  const primary = run.project.primary;
  const where = primary
    ? `${primary.label} (${primary.file}:${primary.line})`
    : `the tag ${tag ?? run.result.tag ?? ''}`;
  throw new UserError(
    `${where} is ${version.raw}, a local version (+${version.local}); PyPI and TestPyPI refuse local versions (PEP 440). Release the public version ${version.normalized.split('+')[0]} instead, tagged without the +${version.local}. Nothing was built or published.`,
    'Local version',
    primary ? { file: primary.file, line: primary.line, column: primary.column } : undefined,
  );
}

/** The commit time of what is released, so rebuilding on a re-run gives the same bytes. */
async function sourceDateEpoch(cwd: string, tag: string | undefined): Promise<string | undefined> {
  const result = await git(cwd, [
    'log',
    '-1',
    '--format=%ct',
    tag ? `refs/tags/${tag}^{commit}` : 'HEAD',
  ]);
  const value = result.stdout.trim();
  return result.exitCode === 0 && /^\d+$/.test(value) ? value : undefined;
}

/**
 * For a local dry run without a tag: the version tag on HEAD, which is the version when the
 * build takes it from the tag (hatch-vcs, setuptools-scm).
 */
async function versionTagAtHead(cwd: string, prefix: string): Promise<string | undefined> {
  const result = await git(cwd, ['tag', '--points-at', 'HEAD']);
  if (result.exitCode !== 0) return undefined;
  const tags = result.stdout.split('\n').filter(Boolean);
  return latestVersionTag(tags, prefix)?.tag;
}

async function hasLicense(projectDir: string): Promise<boolean> {
  const names = await readdir(projectDir).catch(() => [] as string[]);
  return names.some((name) => /^(LICEN[CS]E|COPYING)/i.test(name));
}

export async function runRelease(
  context: RunContext,
  inputs: Inputs,
  /** Undefined for a local dry run of the version the files carry. */
  requestedTag: string | undefined,
  pipeline: Pipeline = new Pipeline(),
  /** Filled as the run goes, so the summary of a failed run can show what was found. */
  observed: { check?: CheckResult } = {},
): Promise<ReleaseOutcome> {
  const plan: string[] = [];

  if (requestedTag !== undefined) {
    // A tag that is no version is refused as such before git is asked about it.
    parseVersionTag(requestedTag, inputs.tagPrefix);
    await pipeline.step(
      'Exact tag',
      async () =>
        requireExactTag(
          context.workspace,
          await resolveProjectDir(context.workspace, inputs.workingDirectory),
          requestedTag,
          !inputs.distDir,
        ),
      (commit) =>
        `HEAD is ${requestedTag} (${commit.slice(0, 12)})${inputs.distDir ? '' : ', no uncommitted files'}`,
    );
  }

  const { project, result: check } = await pipeline.step(
    'Validate',
    async () => {
      let run = await runCheck(context, inputs, requestedTag);
      if (requestedTag === undefined && run.project.origin.kind !== 'file') {
        const headTag = await versionTagAtHead(context.workspace, inputs.tagPrefix);
        if (headTag) run = await runCheck(context, inputs, headTag);
      }
      observed.check = run.result;
      for (const finding of run.result.findings) annotate(finding);
      if (!run.result.ok) {
        const errors = run.result.findings.filter((finding) => finding.level === 'error');
        throw new UserError(
          `the version check found ${errors.length} problem${errors.length === 1 ? '' : 's'} (see the annotations): ${errors.map((e) => e.title).join(', ')}. Nothing was built or published.`,
          'Release refused',
        );
      }
      refuseLocalVersion(run, requestedTag);
      return run;
    },
    (run) =>
      `${run.result.tag} = ${run.result.pep440}${requestedTag ? '' : ', not tagged (local dry run)'}`,
  );
  const tag = check.tag;
  const version = check.pep440;
  if (tag === undefined || version === undefined) {
    throw new UserError(
      `The version of ${project.pyprojectFile} is not written in its files (${project.origin.kind === 'file' ? 'no version' : project.origin.how}), and no tag names it. Release from a version tag: tag the commit (git tag -a v1.2.3) and run again.`,
      'No version to release',
      { file: project.pyprojectFile },
    );
  }

  const name = project.name;
  if (!name) {
    throw new UserError(
      `${project.pyprojectFile} has no [project].name; a release needs the project's name.`,
      'No project name',
      {
        file: project.pyprojectFile,
      },
    );
  }
  // Without import-name, the wheel test imports what the built wheel holds (the inspection finds it).
  const importName = inputs.importName || undefined;
  const projectDir = path.join(context.workspace, project.dir);
  // A dry run (often on a maintainer's machine) builds into a folder of its own: the project's
  // dist/ and build/ may hold files the user wants to keep.
  const distDir = inputs.dryRun
    ? await mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pyrelease-dist-'))
    : path.join(projectDir, 'dist');

  // Asked now so the wheel test does not wait for it later (the probe never rejects).
  if (inputs.builder === 'build') void pipCanTargetOtherPython(inputs.python);
  // The release-branch check (git fetches) and the build do not depend on each other.
  const [branchCheck, built] = await Promise.allSettled([
    requestedTag
      ? pipeline.step(
          'Release branch',
          () => checkReleaseBranch(context, inputs, requestedTag),
          (branch) => `${tag} is on ${branch}`,
        )
      : Promise.resolve(undefined),
    (async () => {
      const uv =
        inputs.builder === 'uv'
          ? await pipeline.step(
              'Set up uv',
              () =>
                resolveUv({
                  version: inputs.uvVersion || DEFAULT_UV_VERSION,
                  githubToken: inputs.githubToken || undefined,
                }),
              (found) => `uv ${found.version} (${found.source})`,
            )
          : undefined;
      if (inputs.distDir) {
        pipeline.note('Build', 'skipped', `dist-dir: ${inputs.distDir}`);
        return { uv };
      }
      const epoch = await sourceDateEpoch(context.workspace, requestedTag);
      const build = await pipeline.step(
        'Build',
        () =>
          buildDist({
            builder: inputs.builder,
            python: inputs.python,
            uvPath: uv?.path,
            projectDir,
            outDir: distDir,
            clean: !inputs.dryRun,
            isolation: inputs.buildIsolation,
            env: epoch ? { SOURCE_DATE_EPOCH: epoch } : {},
          }),
        // The full command is in the step's log group.
        () => (inputs.builder === 'uv' ? 'uv build' : 'python -m build'),
      );
      return { uv, build };
    })(),
  ]);
  if (branchCheck.status === 'rejected') throw branchCheck.reason;
  if (built.status === 'rejected') throw built.reason;
  const releaseBranch = branchCheck.value;
  const { uv } = built.value;

  const inspection = await pipeline.step(
    'Inspect artifacts',
    async () => {
      if (inputs.distDir) {
        return inspectReleaseFiles({
          distDir: inputs.distDir,
          projectDir,
          workspace: context.workspace,
          projectName: name,
          version,
          importName,
          expectLicense: await hasLicense(projectDir),
          requireSdist: inputs.requireSdist,
        });
      }
      const found = await inspectDist({
        distDir,
        projectName: name,
        version,
        importName,
        expectLicense: await hasLicense(projectDir),
      });
      if (found.problems.length > 0 || !found.wheel || !found.sdist) {
        for (const problem of found.problems)
          annotate({ level: 'error', title: problem.title, message: problem.message });
        throw new UserError(
          `the built artifacts are not fit to publish (${found.problems.map((problem) => problem.title).join(', ')}); see the annotations. Nothing was published.`,
          'Artifacts refused',
        );
      }
      return {
        wheel: found.wheel,
        sdist: found.sdist,
        files: [found.sdist, found.wheel],
        importNames: found.importNames,
        builtVersion: found.version ?? version,
        fromFolders: undefined,
      };
    },
    (found) => found.files.map((artifact) => artifact.filename).join(', '),
  );
  const { wheel, sdist, importNames } = inspection;
  const files = inspection.files.map((artifact) => ({
    filename: artifact.filename,
    path: artifact.path,
    sha256: artifact.sha256,
  }));

  const twine = await findTwine(inputs.python, uv?.path);
  // twine check and the wheel test do not depend on each other. Both finish before a failure of
  // either is reported, so the summary shows both results.
  const checks = await Promise.allSettled([
    pipeline.step(
      'twine check',
      () =>
        twineCheck(
          twine,
          files.map((file) => file.path),
        ),
      () => `twine check --strict: ${files.length} files`,
    ),
    pipeline.step(
      'Test the wheel',
      () =>
        testWheel({
          builder: inputs.builder,
          python: inputs.python,
          uvPath: uv?.path,
          wheel: wheel.path,
          projectName: name,
          importNames,
          version: inspection.builtVersion,
          smokeTest: inputs.smokeTest,
          fromFolders: inspection.fromFolders,
        }),
      (tested) => `import ${importNames.join(', ')} → ${tested.installedVersion}`,
    ),
  ]);
  for (const settled of checks) if (settled.status === 'rejected') throw settled.reason;

  const targets = publishTargets(inputs);
  const attestations = await preflightAttestations(inputs, targets, twine);
  const attest = attestations.attest.some(Boolean) ? attestor() : undefined;
  const mainIndex = targets[targets.length - 1]!.index;
  let releaseUrl: string | undefined;
  let releaseId: number | undefined;

  if (inputs.dryRun) {
    if (attest) {
      plan.push(
        `sign a PEP 740 publish attestation for ${files.map((file) => file.filename).join(', ')} with Sigstore, as this workflow`,
      );
    }
    for (const [i, target] of (inputs.publish ? targets : []).entries())
      plan.push(describeUpload(twine, target, files, attestations.attest[i]));
    plan.push(
      `GitHub release ${tag}: ${inputs.draft ? 'draft' : 'published'}${check.prerelease ? ', pre-release' : ''}, assets ${files.map((file) => file.filename).join(', ')}`,
    );
    if (inputs.closeMilestone) plan.push(`close the milestone ${tag} or ${version}, if open`);
    pipeline.note(
      'Publish',
      'dry run',
      inputs.publish ? targets.map((target) => target.index.label).join(', ') : 'publish: false',
    );
    pipeline.note('GitHub release', 'dry run', tag);
    log.info(
      `Dry run: nothing was uploaded, tagged or released. The rest would be:\n  ${plan.join('\n  ')}`,
    );
    return { check, project, wheel, sdist, files: inspection.files, plan, pipeline };
  }

  // Uploading to the index and preparing the draft release (assets included) run side by side;
  // the release is published only after the upload has succeeded. A draft is invisible to
  // users, and a re-run finds and updates it.
  const publishing = async (): Promise<string | undefined> => {
    if (!inputs.publish) {
      pipeline.note('Publish', 'skipped', 'publish: false');
      return undefined;
    }
    for (const [i, target] of targets.entries()) {
      const outcome = await pipeline.step(
        `Publish to ${target.index.label}`,
        () =>
          publishTo(
            twine,
            target,
            { name, version },
            files,
            attestations.attest[i] ? attest : undefined,
          ),
        (done) =>
          [
            done.uploaded.length ? `uploaded ${done.uploaded.join(', ')}` : '',
            done.skipped.length ? `already there: ${done.skipped.join(', ')}` : '',
          ]
            .filter(Boolean)
            .join('; '),
      );
      if (target.verifyInstall) {
        await pipeline.step(
          `Install from ${target.index.label}`,
          () =>
            testWheel({
              builder: 'build',
              python: inputs.python,
              uvPath: undefined,
              wheel: wheel.path,
              projectName: name,
              importNames,
              version,
              smokeTest: '',
              fromIndex: simpleIndexUrl(outcome.index),
            }),
          (tested) => `${name}==${tested.installedVersion}`,
        );
      }
    }
    return projectPageUrl(mainIndex, name, version);
  };

  const releaser =
    inputs.githubToken && context.repository
      ? octokitReleaser({
          token: inputs.githubToken,
          repository: context.repository,
          apiUrl: context.apiUrl,
          timeout: timeoutFromEnvironment(),
        })
      : undefined;
  // On `release: published` the maintainer made the release: complete that one.
  const eventRelease = readEventRelease();
  // One read before anything is uploaded: a refused token or a repository the token cannot see
  // stops the run here, with nothing on the index.
  const releases =
    releaser && context.repository
      ? await pipeline.step(
          'GitHub access',
          () => releaser.listReleases(),
          (found) =>
            `${context.repository}: ${found.length} release${found.length === 1 ? '' : 's'}`,
        )
      : [];
  const drafting = async () => {
    if (!releaser || !context.repository) {
      pipeline.note('GitHub release', 'skipped', 'no github-token or repository');
      return undefined;
    }
    const tags = await listTags(context.workspace);
    const repositoryUrl = `${context.serverUrl}/${context.repository}`;
    return pipeline.step(
      'GitHub release (draft)',
      async () => {
        const section = project.changelog
          ? findRelease(project.changelog.parsed, version)?.body
          : undefined;
        const released = releases
          .filter((existing) => !existing.draft && existing.tagName !== tag)
          .map((existing) => existing.tagName)
          .map((existingTag) => tagVersion(existingTag, inputs.tagPrefix)?.version.normalized)
          .filter((existing): existing is string => existing !== undefined);
        const assets = inputs.attachDist
          ? await Promise.all(
              inspection.files.map(async (artifact) => ({
                name: artifact.filename,
                data: await readFile(artifact.path),
                contentType: artifact.filename.endsWith('.whl')
                  ? 'application/zip'
                  : 'application/gzip',
                sha256: artifact.sha256,
                path: path.relative(context.workspace, artifact.path),
              })),
            )
          : [];
        const result = await publishGithubRelease(
          releaser,
          {
            tag,
            title: tag,
            body: releaseNotes({
              projectName: name,
              version,
              prerelease: check.prerelease,
              tag,
              // A shallow checkout (actions/checkout's default) has no other tags: GitHub's
              // tags name them then, else its published releases.
              previousTag: await choosePreviousTag(version, inputs.tagPrefix, {
                local: tags,
                api: () => releaser.listTags(),
                releases,
              }),
              changelogSection: section,
              repositoryUrl,
              changelogFile: project.changelog?.file,
              changelogFormat: project.changelog?.parsed.format,
            }),
            prerelease: check.prerelease,
            assets,
            updatePublished: inputs.updatePublishedRelease,
            ...(eventRelease?.tagName === tag && { eventReleaseId: eventRelease.id }),
          },
          releases,
          { say: (message) => core.warning(message, { title: 'GitHub retry' }) },
        );
        if (result.warning) core.warning(result.warning, { title: 'Assets not attached' });
        return { ...result, makeLatest: shouldBeLatest(version, released) };
      },
      (done) => {
        const what = done.created ? 'created' : done.plan.update ? 'updated' : 'kept';
        const notes = done.plan.keepsNotes ? ", the maintainer's notes kept" : '';
        const files = done.uploaded.length ? `, attached ${done.uploaded.length}` : '';
        const missing = done.plan.assets.blocked.length
          ? `, not attached: ${done.plan.assets.blocked.join(', ')}`
          : '';
        return `${what} ${done.release.draft ? 'draft ' : ''}${done.release.htmlUrl}${notes}${files}${missing}`;
      },
    );
  };

  const [published, drafted] = await Promise.allSettled([publishing(), drafting()]);
  if (published.status === 'rejected') throw published.reason;
  if (drafted.status === 'rejected') throw drafted.reason;
  const pypiUrl = published.value;
  if (releaser && drafted.value) {
    let release = drafted.value.release;
    if (!inputs.draft && release.draft) {
      const makeLatest = drafted.value.makeLatest;
      release = await pipeline.step(
        'Publish GitHub release',
        () =>
          releaser.updateRelease(release.id, {
            draft: false,
            makeLatest: makeLatest ? 'true' : 'false',
          }),
        (done) => `${done.htmlUrl}${makeLatest ? ', latest' : ', not latest'}`,
      );
    }
    releaseUrl = release.htmlUrl;
    releaseId = release.id;
    if (inputs.closeMilestone) {
      await pipeline.step(
        'Close milestone',
        () => closeReleaseMilestone(releaser, tag, version),
        (closed) => (closed ? `closed ${closed}` : 'no open milestone for this version'),
      );
    }
    // After a bump the changelog already has its fresh [Unreleased]; this is for tag pushes.
    if (inputs.openNextCyclePr && releaseBranch && context.eventName === 'push') {
      await pipeline.step(
        'Next cycle pull request',
        () =>
          openNextCyclePullRequest({
            workspace: context.workspace,
            project,
            releaser,
            baseBranch: releaseBranch,
            tag,
            user: parseGitUser(inputs.gitUser),
          }),
        (url) => url ?? 'the changelog already has [Unreleased]',
      );
    }
  }
  return {
    check,
    project,
    wheel,
    sdist,
    files: inspection.files,
    releaseUrl,
    releaseId,
    pypiUrl,
    plan,
    pipeline,
  };
}
