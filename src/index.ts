import * as core from '@actions/core';
import * as log from './log.js';
import { UserError } from './errors.js';
import { run } from './action/index.js';
import { annotateUserError } from './report.js';

// A promise rejected with nobody waiting on it still ends the run as one clear failure.
process.on('unhandledRejection', (reason) => {
  if (reason instanceof UserError) {
    annotateUserError(reason);
    process.exitCode = core.ExitCode.Failure;
  } else {
    log.setFailed(
      `Unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`,
    );
  }
});

await run();
