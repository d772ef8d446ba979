import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-74AHZFNL.js";
import "./chunk-BRNTWNGP.js";
import "./chunk-MNV6L4WK.js";
import "./chunk-RCM4O3DU.js";
import "./chunk-IS577UVD.js";
import "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
