import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);

// src/vocabulary/vocabulary.ts
var FLAGS = {
  "working-directory": { flag: "--working-directory" },
  changelog: { flag: "--changelog" },
  "version-files": { flag: "--version-files" },
  "tag-prefix": { flag: "--tag-prefix" },
  "changelog-entry": { flag: "--changelog-entry" },
  "require-changelog-entry": { flag: "--require-changelog-entry", kind: "sets-true" },
  "release-branches": { flag: "--release-branches" },
  package: { flag: "--package" },
  builder: { flag: "--builder" },
  "build-isolation": { flag: "--no-build-isolation", kind: "sets-false" },
  "uv-version": { flag: "--uv-version" },
  python: { flag: "--python" },
  "import-name": { flag: "--import-name" },
  "smoke-test": { flag: "--smoke-test" },
  "dist-dir": { flag: "--dist-dir" },
  "dry-run": { flag: "--dry-run", kind: "sets-true" },
  bump: { flag: "--bump" },
  preid: { flag: "--preid" },
  "version-style": { flag: "--version-style" },
  "allow-empty-changelog": { flag: "--allow-empty-changelog", kind: "sets-true" }
};
var audience = "action";
function speakTo(who) {
  audience = who;
}
function option(name, who = audience) {
  const flag = FLAGS[name];
  if (who === "action") return name;
  return flag ? flag.flag : `the action's ${name} input`;
}
function theOption(name, who = audience) {
  return who === "action" ? `the ${name} input` : option(name, who);
}
function optionTitle(name, who = audience) {
  const flag = FLAGS[name];
  return who === "command line" && flag ? `Option ${flag.flag}` : `Input ${name}`;
}
function setting(name, value, who = audience) {
  const flag = FLAGS[name];
  if (who === "action") return `${name}: ${value}`;
  if (!flag) return `the action's ${name}: ${value}`;
  if (flag.kind === void 0) return `${flag.flag} ${value}`;
  const on = flag.kind === "sets-true" === (value === "true");
  return on ? flag.flag : `no ${flag.flag}`;
}
function byAudience(text, who = audience) {
  return text[who];
}

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
  FLAGS,
  speakTo,
  option,
  theOption,
  optionTitle,
  setting,
  byAudience,
  childEnvironment
};
