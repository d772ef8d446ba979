import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  openNextCyclePullRequest
} from "./chunk-WVAYFVLS.js";
import {
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-FN4S4W4G.js";
import "./chunk-6Q4UC2E3.js";
import "./chunk-IS577UVD.js";
import "./chunk-KXHGIX3Q.js";
import "./chunk-CGYPN3IW.js";
import "./chunk-NDREPF2P.js";
import "./chunk-7OOC5VYS.js";
import "./chunk-QJ74AIE5.js";
import "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";
export {
  openNextCyclePullRequest,
  parseGitUser,
  pushBump,
  runBump,
  undoBump
};
