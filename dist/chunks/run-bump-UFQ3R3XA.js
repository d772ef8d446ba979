import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  commitMessage,
  parseGitUser,
  pushBump,
  runBump,
  undoBump
} from "./chunk-Q2C33HA4.js";
import "./chunk-FTR6TH3Y.js";
import "./chunk-225URGDP.js";
import "./chunk-AZDHF7PK.js";
import "./chunk-CGYPN3IW.js";
import "./chunk-IS577UVD.js";
import "./chunk-ASACAD7O.js";
import "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";
export {
  commitMessage,
  parseGitUser,
  pushBump,
  runBump,
  undoBump
};
