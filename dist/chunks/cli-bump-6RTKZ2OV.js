import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  runBump
} from "./chunk-KWPOWZ55.js";
import "./chunk-TSZ2XSFJ.js";
import "./chunk-IS577UVD.js";
import "./chunk-WNMN2RH2.js";
import "./chunk-CGYPN3IW.js";
import "./chunk-SINCDJQB.js";
import "./chunk-7OOC5VYS.js";
import {
  write
} from "./chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";

// src/cli/cli-bump.ts
async function runBumpDryRun(context, inputs, where) {
  if (!where.inRepository) {
    throw new UserError(
      `${where.dir} is not a git repository (git init, or run inside one): a bump commits and tags, so it needs one.`,
      "Not a git repository"
    );
  }
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
