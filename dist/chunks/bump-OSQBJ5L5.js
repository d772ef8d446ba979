import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-JS7THCQH.js";
import "./chunk-ASCTEFUS.js";
import "./chunk-RBKZR7JX.js";
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
