import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  runBump
} from "./chunk-F5CISQYL.js";
import "./chunk-XRXHDS5F.js";
import "./chunk-7RSA3HED.js";
import "./chunk-IS577UVD.js";
import "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";
export {
  commitMessage,
  parseGitUser,
  runBump
};
