import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-Y5ALR2ZZ.js";
import "./chunk-L3TI33OT.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
