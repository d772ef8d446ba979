// A tag is released only from a commit on a release branch (the default branch, `hotfix/*` and
// release lines such as `1.4.x`, unless release-branches says otherwise), so a tag pushed on a
// stray commit publishes nothing.
import { UserError } from '../../errors.js';
import { isOnRemoteBranch, remoteBranches, tagCommit } from '../../tools/index.js';
import { describeReleaseBranches, releaseBranchCandidates } from '../../version/index.js';
import { releaseBranches } from '../../version/index.js';
import { releaseStep } from '../release-state.js';
import { option } from '../../vocabulary/index.js';

export const releaseBranch = releaseStep({
  name: 'Release branch',
  sideEffect: false,
  reads: ['validated'],
  writes: ['releaseBranch'],
  async run(state) {
    const { context, inputs } = state;
    const tag = state.requestedTag;
    if (tag === undefined) throw new Error('Step graph: Release branch is declared without a tag');
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
    const rule = releaseBranches(inputs.releaseBranches, defaultBranch, state.validated.tagNames);
    const candidates = releaseBranchCandidates(remote.branches, commit, rule);
    for (const branch of candidates) {
      if (await isOnRemoteBranch(cwd, commit, branch)) {
        state.releaseBranch = branch;
        return `${tag} is on ${branch}`;
      }
    }
    throw new UserError(
      `The tag ${tag} points at ${commit.slice(0, 12)}, which is on none of the release branches (${describeReleaseBranches(rule)}). Tag a commit that is on one of them, or list the branch in ${option('release-branches')}.`,
      'Tag not on a release branch',
    );
  },
});
