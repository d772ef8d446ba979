import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  ID_TOKEN_MAX_BYTES,
  idTokenFromAnswer,
  requestIdToken
} from "./chunk-RQK7EK2C.js";
import "./chunk-MQQSYQHO.js";
import "./chunk-4LYOQI2X.js";
import "./chunk-QCIHYT6C.js";
import "./chunk-QJ74AIE5.js";
import "./chunk-WCRYQQ6S.js";
import "./chunk-HN3VUIRH.js";
export {
  ID_TOKEN_MAX_BYTES,
  idTokenFromAnswer,
  requestIdToken
};
