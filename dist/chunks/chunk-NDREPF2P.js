import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/tools/child-env.ts
var WITHHELD = /* @__PURE__ */ new Set([
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RUNTIME_TOKEN",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "TWINE_PASSWORD",
  "UV_PUBLISH_TOKEN",
  "UV_PUBLISH_PASSWORD",
  "GITHUB_ENV",
  "GITHUB_PATH",
  "GITHUB_OUTPUT",
  "GITHUB_STEP_SUMMARY",
  "GITHUB_STATE"
]);
function isWithheld(name) {
  const upper = name.toUpperCase();
  return upper.startsWith("INPUT_") || WITHHELD.has(upper);
}
function childEnvironment(parent, extra = {}) {
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    if (value === void 0 || isWithheld(name)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

export {
  childEnvironment
};
