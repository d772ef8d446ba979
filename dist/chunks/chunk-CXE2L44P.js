import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  info
} from "./chunk-ASACAD7O.js";

// src/log.ts
import { randomBytes } from "node:crypto";
import { EOL } from "node:os";
var LEADING_SPACE = /^[\s\u0085]+/;
function looksLikeCommand(text) {
  return text.split(/\r\n|\r|\n/).some((line) => line.replace(LEADING_SPACE, "").startsWith("::") || line.includes("##["));
}
function inert(text, token = randomBytes(16).toString("hex")) {
  if (!looksLikeCommand(text)) return text;
  return `::stop-commands::${token}${EOL}${text}${EOL}::${token}::`;
}
function info2(text) {
  info(inert(text));
}
function shown(value) {
  return /[\u0000-\u001f\u007f]/.test(value) ? JSON.stringify(value) : value;
}

export {
  info2 as info,
  shown
};
