// `pyrelease bump --dry-run`: the bump "Run workflow" would make, shown on the current branch.
// runBump prints the diff, the commit message and the tag, and puts every file back.
import type { RunContext } from '../run/index.js';
import { UserError } from '../errors.js';
import * as log from '../log.js';
import type { Inputs } from '../run/index.js';
import { runBump } from '../bump/index.js';

export async function runBumpDryRun(context: RunContext, inputs: Inputs): Promise<number> {
  if (!context.branch) {
    throw new UserError(
      'HEAD is not on a branch (a detached HEAD); check out the branch to bump, as "Run workflow" would.',
      'No branch to bump',
    );
  }
  if (!inputs.dryRun) throw new Error('the command line bumps only as a dry run');
  const outcome = await runBump(context, inputs);
  log.write(
    `\nDry run on ${context.branch}: ${outcome.previous} → ${outcome.version}, tag ${outcome.tag}. Nothing was written, committed or pushed.\n`,
  );
  return 0;
}
