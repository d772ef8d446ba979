import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  openNextCyclePullRequest
} from "./chunk-FKC25ONW.js";
import {
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-KWPOWZ55.js";
import "./chunk-TSZ2XSFJ.js";
import "./chunk-IS577UVD.js";
import "./chunk-WNMN2RH2.js";
import "./chunk-CGYPN3IW.js";
import "./chunk-SINCDJQB.js";
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
