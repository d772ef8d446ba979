// After the upload to the last index, proof it landed, before the GitHub release is published:
// the index lists every file with the sha256 computed here and serves the same bytes, and GitHub
// reports the same digest for each release asset. Runs no repository code.
import { loadLanding, projectPageUrl } from '../../publish/index.js';
import { pollScheduleFromEnvironment, type PublishTarget } from '../../publish/index.js';
import type { Step } from '../step-graph.js';
import { releaseStep, type ReleaseState } from '../release-state.js';
import { assetError, landingError, releaseDigests, type VerifiedFile } from '../verify-files.js';

export function verifyOnIndex(target: PublishTarget): Step<ReleaseState> {
  const { index } = target;
  return releaseStep({
    name: `Verify on ${index.label}`,
    sideEffect: true,
    reads: ['validated', 'inspection', 'published'],
    mayRead: ['draft'],
    writes: ['landed'],
    async run(state) {
      const { name, version, tag } = state.validated;
      const files = state.inspection.files.map((artifact) => ({
        filename: artifact.filename,
        path: artifact.path,
        sha256: artifact.sha256.toLowerCase(),
        size: artifact.size,
      }));
      // Only the assets this run attached are compared: a published release it may not change
      // keeps what it has, and said so when drafted.
      const github = state.inputs.attachDist ? releaseDigests(state.draft) : new Map();
      const stop = {
        indexLabel: index.label,
        version,
        pageUrl: projectPageUrl(index, name, version),
        draftNote: !state.draft
          ? 'No GitHub release was made.'
          : state.draft.release.draft
            ? `The GitHub release ${tag} was left a draft.`
            : `The GitHub release ${tag} was published before this run and not changed further.`,
      };
      const { awaitLanding } = await loadLanding();
      const schedule = pollScheduleFromEnvironment(process.env);
      const landing = await awaitLanding(index, { name, version }, files, schedule);
      const local = new Map(files.map((file) => [file.filename, file.sha256]));
      if (!landing.ok) throw landingError(landing, local, github, stop);
      const verified: VerifiedFile[] = landing.files.map((file) => ({
        filename: file.filename,
        local: local.get(file.filename)!,
        index: file.sha256,
        url: file.url,
        ...(github.has(file.filename) && { github: github.get(file.filename) }),
      }));
      const differs = assetError(verified, stop);
      if (differs) throw differs;
      state.landed = { indexLabel: index.label, files: verified };
      const compared = verified.filter((file) => typeof file.github === 'string').length;
      const looks = landing.looks > 1 ? ` (listed at look ${landing.looks})` : '';
      return `${verified.length} files listed and served with the sha256 built here${looks}${compared ? `; GitHub's digests agree for ${compared}` : ''}`;
    },
  });
}
