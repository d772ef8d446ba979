import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-QNKFSR36.js";
import "./chunk-IWY243UI.js";
import "./chunk-R7XN7A4P.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
