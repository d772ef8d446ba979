import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-V5GPDPP2.js";
import "./chunk-AQALWYYL.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
