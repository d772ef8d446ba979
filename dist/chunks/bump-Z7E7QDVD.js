import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  openNextCyclePullRequest
} from "./chunk-GOSWLED2.js";
import {
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-H6DPLFKZ.js";
import "./chunk-LOYFBV72.js";
import "./chunk-IS577UVD.js";
import "./chunk-WFZIIGUM.js";
import "./chunk-225URGDP.js";
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
