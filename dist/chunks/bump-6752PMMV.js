import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-LGKSHUR6.js";
import "./chunk-SH77U42F.js";
import "./chunk-7TJ7LAA7.js";
import "./chunk-D3LSQEYC.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
