import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-RF6FSO6Y.js";
import "./chunk-C5CYVKPC.js";
import "./chunk-R7XN7A4P.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
