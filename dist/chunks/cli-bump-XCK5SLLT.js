import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  runBump
} from "./chunk-ZRDX3S6F.js";
import "./chunk-BAH5GUTC.js";
import "./chunk-IS577UVD.js";
import "./chunk-JY65WF7U.js";
import "./chunk-CGYPN3IW.js";
import "./chunk-KGWCHQFJ.js";
import {
  write
} from "./chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";

// src/cli/cli-bump.ts
async function runBumpDryRun(context, inputs) {
  if (!context.branch) {
    throw new UserError(
      'HEAD is not on a branch (a detached HEAD); check out the branch to bump, as "Run workflow" would.',
      "No branch to bump"
    );
  }
  if (!inputs.dryRun) throw new Error("the command line bumps only as a dry run");
  const outcome = await runBump(context, inputs);
  write(
    `
Dry run on ${context.branch}: ${outcome.previous} \u2192 ${outcome.version}, tag ${outcome.tag}. Nothing was written, committed or pushed.
`
  );
  return 0;
}
export {
  runBumpDryRun
};
