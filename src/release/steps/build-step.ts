// Builds the sdist and the wheel from the checkout, with SOURCE_DATE_EPOCH at the released
// commit's time so a re-run rebuilds the same bytes.
import { buildDist } from '../../tools/index.js';
import { git } from '../../tools/index.js';
import { buildDir, releaseStep } from '../release-state.js';

/** The commit time of what is released. */
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

export const build = releaseStep({
  name: 'Build',
  sideEffect: false,
  reads: ['projectDir'],
  mayRead: ['uv'],
  async run(state) {
    const { context, inputs } = state;
    const epoch = await sourceDateEpoch(context.workspace, state.requestedTag);
    await buildDist({
      builder: inputs.builder,
      python: inputs.python,
      uvPath: state.uv?.path,
      projectDir: state.projectDir,
      outDir: buildDir(state),
      clean: !inputs.dryRun,
      isolation: inputs.buildIsolation,
      env: epoch ? { SOURCE_DATE_EPOCH: epoch } : {},
    });
    // The full command is in the step's log group.
    return inputs.builder === 'uv' ? 'uv build' : 'python -m build';
  },
});
