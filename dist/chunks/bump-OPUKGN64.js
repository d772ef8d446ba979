import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-TC2DJBKI.js";
import "./chunk-LTZQKVKB.js";
import "./chunk-R7XN7A4P.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
