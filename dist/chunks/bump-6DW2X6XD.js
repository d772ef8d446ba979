import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  openNextCyclePullRequest
} from "./chunk-FZVLML3P.js";
import {
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-6E2WWBQ3.js";
import "./chunk-NFUBLJAL.js";
import "./chunk-IS577UVD.js";
import "./chunk-ON6HAPHA.js";
import "./chunk-CXE2L44P.js";
import "./chunk-CGYPN3IW.js";
import "./chunk-ASACAD7O.js";
import "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";
export {
  openNextCyclePullRequest,
  parseGitUser,
  pushBump,
  runBump,
  undoBump
};
