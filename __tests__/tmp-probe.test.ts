import { it } from 'vitest';
import { runAction } from '/work/main/__tests__/helpers/action.js';
import { realProjects, released } from '/work/main/__tests__/helpers/real-projects.js';
it('x', async () => {
  const facts = realProjects().find((f) => f.name === process.env.FIX)!;
  const repo = await released(facts);
  const run = await runAction({ workspace: repo.dir, eventName: 'push', ref: `refs/tags/${facts.tag}`,
    payload: { ref: `refs/tags/${facts.tag}`, repository: { default_branch: 'main' } },
    inputs: { mode: 'check' }, env: { GITHUB_REPOSITORY: facts.repo } });
  console.log(run.stdout.split('\n').filter((l) => /::(notice|warning|error)/.test(l)).join('\n'));
  console.log(run.summary.slice(0, 3000));
}, 60000);
