import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-CX23P5ZR.js";
import "./chunk-UGOM4OMW.js";
import "./chunk-D3LSQEYC.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
