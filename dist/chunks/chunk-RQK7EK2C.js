import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  httpRequest
} from "./chunk-MQQSYQHO.js";

// src/http/id-token.ts
var ID_TOKEN_MAX_BYTES = 256 * 1024;
function idTokenFromAnswer(status, text) {
  let value;
  try {
    value = JSON.parse(text)?.value;
  } catch {
    value = void 0;
  }
  if (status === 200 && typeof value === "string" && value !== "") return value;
  const said = text.replace(/\s+/g, " ").trim().slice(0, 200);
  throw new Error(
    status === 200 ? "the token endpoint answered without a token" : `the token endpoint answered ${status}${said ? `: ${said}` : ""}`
  );
}
async function requestIdToken(audience, env = process.env) {
  const base = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!base || !bearer) {
    throw new Error("ACTIONS_ID_TOKEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");
  }
  const url = audience ? `${base}&audience=${encodeURIComponent(audience)}` : base;
  const response = await httpRequest(url, {
    headers: { authorization: `Bearer ${bearer}`, accept: "application/json" },
    maxBodyBytes: ID_TOKEN_MAX_BYTES
  });
  return idTokenFromAnswer(response.status, response.body.toString("utf8"));
}

export {
  ID_TOKEN_MAX_BYTES,
  idTokenFromAnswer,
  requestIdToken
};
