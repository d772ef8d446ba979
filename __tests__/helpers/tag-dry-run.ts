// A release's dry run of the example at a tag, through the bundled action: the project is laid
// out by `prepare`, committed and tagged v0.1.15; the build uses Debian's backends.
import { runAction, type ActionRun } from './action.js';
import { makeRepo, type TestRepo } from './repo.js';

const PYTHON = '/usr/bin/python3';
const TAG = 'v0.1.15';

export async function taggedExample(prepare: (repo: TestRepo) => Promise<void>): Promise<TestRepo> {
  const repo = await makeRepo();
  await prepare(repo);
  repo.commitAll('Lay the project out');
  repo.git('tag', '-a', TAG, '-m', `Release ${TAG}`);
  repo.git('push', '--quiet', 'origin', 'main', '--tags');
  return repo;
}

/**
 * The release's dry run at `tag` (the example's v0.1.15 by default). `repositoryUrl`: a local
 * index, so that reading PyPI's state is quiet; `env` adds to the runner's environment.
 */
export function tagDryRun(
  repo: TestRepo,
  repositoryUrl: string,
  { tag = TAG, env = {} }: { tag?: string; env?: Record<string, string> } = {},
): Promise<ActionRun> {
  return runAction({
    workspace: repo.dir,
    eventName: 'push',
    ref: `refs/tags/${tag}`,
    payload: { ref: `refs/tags/${tag}`, repository: { default_branch: 'main' } },
    inputs: {
      mode: 'release',
      'dry-run': 'true',
      builder: 'build',
      'build-isolation': 'false',
      python: PYTHON,
      'repository-url': repositoryUrl,
    },
    env,
  });
}
