import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  openNextCyclePullRequest
} from "./chunk-WREW4SNA.js";
import {
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-ZRDX3S6F.js";
import "./chunk-BAH5GUTC.js";
import "./chunk-IS577UVD.js";
import "./chunk-JY65WF7U.js";
import "./chunk-CGYPN3IW.js";
import "./chunk-KGWCHQFJ.js";
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
