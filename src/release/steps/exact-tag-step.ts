// The release builds exactly the tag: HEAD is the tag's commit, and (when pyrelease builds) the
// project folder has no modified or untracked files.
import { resolveProjectDir } from '../../files/index.js';
import { requireExactTag } from '../../files/index.js';
import { releaseStep } from '../release-state.js';

export const exactTag = releaseStep({
  name: 'Exact tag',
  sideEffect: false,
  async run({ context, inputs, requestedTag }) {
    const tag = requestedTag!;
    const commit = await requireExactTag(
      context.workspace,
      await resolveProjectDir(context.workspace, inputs.workingDirectory),
      tag,
      !inputs.distDir,
    );
    return `HEAD is ${tag} (${commit.slice(0, 12)})${inputs.distDir ? '' : ', no uncommitted files'}`;
  },
});
