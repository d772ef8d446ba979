import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-D3EF6W4Z.js";
import "./chunk-52RZ54HV.js";
import "./chunk-R7XN7A4P.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
