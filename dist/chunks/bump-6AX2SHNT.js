import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  openNextCyclePullRequest
<<<<<<<< HEAD:dist/chunks/bump-6AX2SHNT.js
} from "./chunk-WREW4SNA.js";
========
} from "./chunk-DB6FITH5.js";
>>>>>>>> inputs:dist/chunks/bump-GNN3UFCN.js
import {
  parseGitUser,
  pushBump,
  runBump,
  undoBump
<<<<<<<< HEAD:dist/chunks/bump-6AX2SHNT.js
} from "./chunk-ZRDX3S6F.js";
import "./chunk-BAH5GUTC.js";
import "./chunk-IS577UVD.js";
import "./chunk-JY65WF7U.js";
========
} from "./chunk-GLBX7MC3.js";
import "./chunk-437URKB3.js";
import "./chunk-IS577UVD.js";
import "./chunk-CDJ4PVJP.js";
import "./chunk-CXE2L44P.js";
>>>>>>>> inputs:dist/chunks/bump-GNN3UFCN.js
import "./chunk-CGYPN3IW.js";
import "./chunk-KGWCHQFJ.js";
import "./chunk-QJ74AIE5.js";
import "./chunk-M3OTX3ED.js";
import "./chunk-HN3VUIRH.js";
export {
  openNextCyclePullRequest,
  parseGitUser,
  pushBump,
  runBump,
  undoBump
};
