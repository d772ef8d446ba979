// The GitHub client for a release, kept out of the modules a release loads at start: Octokit and
// its HTTP stack load in the background while the release checks run, and a dry run (which
// never talks to GitHub) does not load them at all.
import type { octokitReleaser, Releaser } from './releaser.js';

export function deferredReleaser(options: Parameters<typeof octokitReleaser>[0]): Releaser {
  const loading = import('./releaser.js').then((github) => github.octokitReleaser(options));
  // A failed load is reported by the first call that needs the client, not as a stray rejection.
  loading.catch(() => undefined);
  const client = () => loading;
  return {
    listReleases: async () => (await client()).listReleases(),
    listTags: async () => (await client()).listTags(),
    generateNotes: async (tag, previousTag) => (await client()).generateNotes(tag, previousTag),
    createRelease: async (fields) => (await client()).createRelease(fields),
    updateRelease: async (id, fields) => (await client()).updateRelease(id, fields),
    deleteRelease: async (id) => (await client()).deleteRelease(id),
    listAssets: async (releaseId) => (await client()).listAssets(releaseId),
    deleteAsset: async (id) => (await client()).deleteAsset(id),
    uploadAsset: async (release, name, data, contentType) =>
      (await client()).uploadAsset(release, name, data, contentType),
    openMilestones: async () => (await client()).openMilestones(),
    closeMilestone: async (number) => (await client()).closeMilestone(number),
    createMilestone: async (title) => (await client()).createMilestone(title),
    milestoneItems: async (number) => (await client()).milestoneItems(number),
    setMilestone: async (issueNumber, milestone) =>
      (await client()).setMilestone(issueNumber, milestone),
    openPullRequest: async (fields) => (await client()).openPullRequest(fields),
  };
}
