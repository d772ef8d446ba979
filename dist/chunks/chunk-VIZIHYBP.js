import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/tools/lazy-uv.ts
var loadUvSetup = () => import("./uv-C26LO2DY.js");

export {
  loadUvSetup
};
