import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-Q45F6VDF.js";
import "./chunk-SVQGQFYW.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
