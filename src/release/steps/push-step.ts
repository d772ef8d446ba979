// After a bump: the branch and the tag reach origin only once every check of the release has
// passed on the local commit, so a bump whose build or wheel test fails pushes nothing.
import type { Step } from '../step-graph.js';
import { pushBump } from '../../bump/index.js';
import { need, type ReleaseState } from '../release-state.js';

export const pushBumpStep: Step<ReleaseState> = {
  name: 'Push',
  needs: [],
  sideEffect: true,
  async run(state) {
    const pushed = await pushBump(state.context.workspace, need(state.landing, 'the bump'));
    state.pushed = true;
    return `pushed ${pushed}`;
  },
};
