import * as core from '@actions/core';
import { run } from './main.js';

process.on('unhandledRejection', (reason) => {
  core.setFailed(`Unhandled rejection: ${String(reason)}`);
});

await run();
