// The GitHub side of a release: one read before anything is uploaded (a refused token stops the
// run with nothing on the index), the draft release with its assets (invisible to users, found
// and updated by a re-run), its publication once the upload has succeeded, then the milestone
// and the next cycle's pull request.
import * as log from '../../log.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { choosePreviousTag } from '../../github/index.js';
import { readEventRelease } from '../../run/index.js';
import { releaseNotes } from '../../changelog/index.js';
import { findRelease } from '../../changelog/index.js';
import { listTags } from '../../tools/index.js';
import { shouldBeLatest } from '../../version/index.js';
import { tagVersion } from '../../version/index.js';
import { parseGitUser } from '../../bump/index.js';
import { closeReleaseMilestone, publishGithubRelease } from '../../github/index.js';
import { openNextCyclePullRequest } from '../../bump/index.js';
import { annotate } from '../../report.js';
import { recordOutput } from '../../pipeline.js';
import { releaseStep, type ReleaseGiven, type ReleaseResults } from '../release-state.js';
import type { Releaser } from '../../github/index.js';

/** The GitHub client: the GitHub steps are declared only when there is one. */
function releaserOf(state: ReleaseGiven): Releaser {
  if (!state.releaser) throw new Error('Step graph: a GitHub step is declared without a client');
  return state.releaser;
}

export const githubAccess = releaseStep({
  name: 'GitHub access',
  sideEffect: false,
  writes: ['releases'],
  async run(state) {
    const found = await releaserOf(state).listReleases();
    state.releases = found;
    return `${state.context.repository}: ${found.length} release${found.length === 1 ? '' : 's'}`;
  },
});

async function releaseAssets(state: ReleaseGiven & Pick<ReleaseResults, 'inspection'>) {
  if (!state.inputs.attachDist) return [];
  return Promise.all(
    state.inspection.files.map(async (artifact) => ({
      name: artifact.filename,
      data: await readFile(artifact.path),
      contentType: artifact.filename.endsWith('.whl') ? 'application/zip' : 'application/gzip',
      sha256: artifact.sha256,
      path: path.relative(state.context.workspace, artifact.path),
    })),
  );
}

/**
 * The notes of the release: the changelog's section for the version; without one (a changelog the
 * project stopped writing, or none), the notes GitHub generates from the merged pull requests.
 */
async function notesOf(
  state: ReleaseGiven & Pick<ReleaseResults, 'validated' | 'releases'>,
  releaser: Releaser,
): Promise<{ section?: string; previousTag?: string; generated: boolean }> {
  const { project, tag, version, tagNames } = state.validated;
  // A shallow checkout (actions/checkout's default) has no other tags: GitHub's list of the
  // repository's tags names them then, or else its published releases.
  const previousTag = await choosePreviousTag(
    version,
    state.inputs.tagPrefix,
    tagNames,
    {
      local: await listTags(state.context.workspace),
      api: () => releaser.listTags(),
      releases: state.releases,
    },
    (message) => annotate({ level: 'warning', title: 'Compare link', message }),
  );
  const section = project.changelog
    ? findRelease(project.changelog.parsed, version)?.body
    : undefined;
  if (section !== undefined) return { section, previousTag, generated: false };
  const generated = await releaser.generateNotes(tag, previousTag).catch((error: unknown) => {
    annotate({
      level: 'warning',
      title: 'Release notes',
      message: `GitHub did not generate the release notes (${(error as Error).message}); the release says how to install ${version} and links the changes instead.`,
    });
    return undefined;
  });
  // The release's own closing line links the full list of changes; GitHub's would repeat it.
  const body = generated?.replace(/^\*\*Full Changelog\*\*:[^\n]*$/gm, '').trim();
  return { section: body || undefined, previousTag, generated: Boolean(body) };
}

export const draftRelease = releaseStep({
  name: 'GitHub release (draft)',
  sideEffect: true,
  reads: ['validated', 'releases', 'inspection'],
  mayRead: ['githubAttest'],
  writes: ['draft', 'release'],
  async run(state) {
    const { context, inputs } = state;
    const releaser = releaserOf(state);
    const { releases } = state;
    const { check, project, tag, version, name, tagNames } = state.validated;
    // On `release: published` the maintainer made the release: complete that one.
    const eventRelease = readEventRelease();
    const released = releases
      .filter((existing) => !existing.draft && existing.tagName !== tag)
      .map(
        (existing) => tagVersion(existing.tagName, inputs.tagPrefix, tagNames)?.version.normalized,
      )
      .filter((existing): existing is string => existing !== undefined);
    const written = await notesOf(state, releaser);
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
          previousTag: written.previousTag,
          changelogSection: written.section,
          repositoryUrl: `${context.serverUrl}/${context.repository}`,
          changelogFile: written.generated ? undefined : project.changelog?.file,
          changelogFormat: written.generated ? 'markdown' : project.changelog?.parsed.format,
          verification: state.githubAttest?.notes,
        }),
        prerelease: check.prerelease,
        assets: await releaseAssets(state),
        updatePublished: inputs.updatePublishedRelease,
        ...(eventRelease?.tagName === tag && { eventReleaseId: eventRelease.id }),
      },
      releases,
      { say: (message) => log.annotation('warning', message, { title: 'GitHub retry' }) },
    );
    if (result.warning) log.annotation('warning', result.warning, { title: 'Assets not attached' });
    if (result.raced) {
      annotate({
        level: 'notice',
        title: 'Release made by another run',
        message: `Another run created the release ${tag} at the same time (id ${result.raced.kept}); this run deleted the draft it had created (id ${result.raced.deleted}) and completed that one, so the tag has one release.`,
      });
    }
    state.draft = { ...result, makeLatest: shouldBeLatest(version, released) };
    state.release = result.release;
    const what = result.created
      ? 'created'
      : result.raced
        ? "kept the other run's"
        : result.plan.update
          ? 'updated'
          : 'kept';
    const notes = result.plan.keepsNotes
      ? ", the maintainer's notes kept"
      : written.generated
        ? ', notes generated by GitHub'
        : '';
    const files = result.uploaded.length ? `, attached ${result.uploaded.length}` : '';
    const missing = result.plan.assets.blocked.length
      ? `, not attached: ${result.plan.assets.blocked.join(', ')}`
      : '';
    return `${what} ${result.release.draft ? 'draft ' : ''}${result.release.htmlUrl}${notes}${files}${missing}`;
  },
});

/** Publishes the draft once the upload has succeeded (unless `draft: true` keeps it a draft). */
export const publishRelease = releaseStep({
  name: 'Publish GitHub release',
  sideEffect: true,
  reads: ['draft'],
  writes: ['release'],
  note: ({ inputs, draft }) => {
    if (inputs.draft) return { status: 'skipped', detail: 'draft: true keeps it a draft' };
    if (!draft.release.draft) return { status: 'skipped', detail: 'already published' };
    return undefined;
  },
  async run(state) {
    const { draft } = state;
    const makeLatest = draft.makeLatest;
    const category = state.inputs.discussionCategory;
    // GitHub opens one discussion per release and ignores the category once there is one.
    const release = await releaserOf(state).updateRelease(draft.release.id, {
      draft: false,
      makeLatest: makeLatest ? 'true' : 'false',
      ...(category && !draft.release.discussionUrl && { discussionCategoryName: category }),
    });
    state.release = release;
    const discussion = release.discussionUrl ? `, discussion ${release.discussionUrl}` : '';
    return `${release.htmlUrl}${makeLatest ? ', latest' : ', not latest'}${discussion}`;
  },
});

export const closeMilestone = releaseStep({
  name: 'Close milestone',
  sideEffect: true,
  reads: ['validated'],
  writes: ['milestone'],
  async run(state) {
    const { tag, version } = state.validated;
    const closed = await closeReleaseMilestone(releaserOf(state), tag, version);
    if (!closed) return 'no open milestone for this version';
    state.milestone = closed;
    for (const item of closed.moved) {
      recordOutput(`moved #${item.number} ${item.title} to ${closed.next!.title}`);
    }
    const moved = closed.next
      ? `; moved ${closed.moved.length} open issue${closed.moved.length === 1 ? '' : 's'} and pull request${closed.moved.length === 1 ? '' : 's'} to ${closed.next.title}${closed.next.created ? ' (created)' : ''}`
      : '';
    return `closed ${closed.title}${moved}`;
  },
});

/** After a tag push, a pull request that opens the changelog's next [Unreleased] section. */
export const nextCyclePullRequest = releaseStep({
  name: 'Next cycle pull request',
  sideEffect: true,
  reads: ['validated', 'releaseBranch'],
  async run(state) {
    const url = await openNextCyclePullRequest({
      workspace: state.context.workspace,
      project: state.validated.project,
      releaser: releaserOf(state),
      baseBranch: state.releaseBranch,
      tag: state.validated.tag,
      user: parseGitUser(state.inputs.gitUser),
    });
    return url ?? 'the changelog already has [Unreleased]';
  },
});
