import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/run/event-payload.ts
import { readFileSync } from "node:fs";
function readEventPayloadQuietly(env = process.env) {
  if (!env.GITHUB_EVENT_PATH) return void 0;
  try {
    return JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
  } catch {
    return void 0;
  }
}

// src/run/release-event.ts
function parseEventRelease(payload) {
  const release = payload?.release;
  if (!release || typeof release.id !== "number" || typeof release.tag_name !== "string") {
    return void 0;
  }
  return { id: release.id, tagName: release.tag_name, draft: release.draft === true };
}
function ignoredReleaseAction(env = process.env) {
  if (env.GITHUB_EVENT_NAME !== "release") return void 0;
  const action = readEventPayloadQuietly(env)?.action;
  if (typeof action === "string" && RELEASING_ACTIONS.has(action)) return void 0;
  return typeof action === "string" && /^[a-z_]{1,40}$/.test(action) ? action : "unknown";
}
var RELEASING_ACTIONS = /* @__PURE__ */ new Set(["published", "released", "prereleased"]);
function readEventRelease(env = process.env) {
  if (env.GITHUB_EVENT_NAME !== "release") return void 0;
  return parseEventRelease(readEventPayloadQuietly(env));
}

export {
  readEventPayloadQuietly,
  ignoredReleaseAction,
  readEventRelease
};
