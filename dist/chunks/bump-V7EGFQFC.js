import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-JQQLBGC6.js";
import "./chunk-FCG6DNPV.js";
import "./chunk-D3LSQEYC.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
