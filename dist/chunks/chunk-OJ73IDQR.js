import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/tools/lazy-uv.ts
var loadUvSetup = () => import("./uv-2L4D5HPI.js");

export {
  loadUvSetup
};
