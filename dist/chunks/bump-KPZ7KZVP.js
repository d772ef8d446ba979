import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  openNextCyclePullRequest
} from "./chunk-RLE2E77X.js";
import {
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-MDAJFA4T.js";
import "./chunk-K455KBSE.js";
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
