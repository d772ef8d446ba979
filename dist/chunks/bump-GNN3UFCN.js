import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  openNextCyclePullRequest
} from "./chunk-DB6FITH5.js";
import {
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-GLBX7MC3.js";
import "./chunk-437URKB3.js";
import "./chunk-IS577UVD.js";
import "./chunk-CDJ4PVJP.js";
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
