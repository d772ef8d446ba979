import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-544H3SL7.js";
import "./chunk-L5UBS52C.js";
import "./chunk-R7XN7A4P.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
