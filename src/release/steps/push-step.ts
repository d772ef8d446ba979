// After a bump: the branch and the tag reach origin only once every check of the release has
// passed on the local commit, so a bump whose build or wheel test fails pushes nothing.
import { pushBump } from '../../bump/index.js';
import { releaseStep } from '../release-state.js';

export const pushBumpStep = releaseStep({
  name: 'Push',
  sideEffect: true,
  writes: ['pushed'],
  async run(state) {
    if (!state.landing) throw new Error('Step graph: Push is declared without a bump');
    const pushed = await pushBump(state.context.workspace, state.landing);
    state.pushed = true;
    return `pushed ${pushed}`;
  },
});
