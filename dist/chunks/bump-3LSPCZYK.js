import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-EGJZFZAP.js";
import "./chunk-BRNTWNGP.js";
import "./chunk-U5ICLXCZ.js";
import "./chunk-RCM4O3DU.js";
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
