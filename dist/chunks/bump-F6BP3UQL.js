import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-FTGYTDDN.js";
import "./chunk-2PQ23W2M.js";
import "./chunk-D3LSQEYC.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
