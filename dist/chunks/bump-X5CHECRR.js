import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-O4Z7GA7H.js";
import "./chunk-ASCTEFUS.js";
import "./chunk-ZDDEFP3B.js";
import "./chunk-XMTXAARC.js";
import "./chunk-IS577UVD.js";
import "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
