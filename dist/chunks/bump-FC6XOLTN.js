import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-6KJU3W6G.js";
import "./chunk-ASCTEFUS.js";
import "./chunk-SVNN5BKH.js";
import "./chunk-XMTXAARC.js";
import "./chunk-IS577UVD.js";
import "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";
export {
  commitMessage,
  parseGitUser,
  pushBump,
  runBump,
  undoBump
};
