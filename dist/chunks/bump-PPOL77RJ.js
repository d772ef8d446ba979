import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-OLDM2AYO.js";
import "./chunk-V25O4CKM.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
