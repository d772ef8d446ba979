import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  defaultPython,
  refuseAttestationsWithToken
} from "./chunk-RRUESXER.js";
import {
  setSecret
} from "./chunk-RCM4O3DU.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";

// src/inputs.ts
var INPUT_DEFAULTS = {
  mode: "auto",
  "working-directory": ".",
  changelog: "",
  "version-files": "",
  "tag-prefix": "",
  "require-changelog-entry": "false",
  "release-branches": "",
  builder: "uv",
  "build-isolation": "true",
  "uv-version": "",
  python: "",
  "import-name": "",
  "smoke-test": "",
  "repository-url": "https://upload.pypi.org/legacy/",
  "index-url": "",
  "pypi-token": "",
  testpypi: "false",
  "testpypi-url": "https://test.pypi.org/legacy/",
  "testpypi-token": "",
  publish: "true",
  attestations: "auto",
  "github-token": "",
  draft: "true",
  "attach-dist": "true",
  "update-published-release": "false",
  "close-milestone": "true",
  "dry-run": "false",
  bump: "",
  preid: "",
  "version-style": "pep440",
  "git-user": "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
  "allow-empty-changelog": "false",
  "open-next-cycle-pr": "false",
  "dist-dir": "",
  "require-sdist": "false"
};
function environmentInputs(env = process.env) {
  return (name) => env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
}
function boolean(name, raw) {
  const value = raw.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(value)) return true;
  if (["false", "no", "0", "off", ""].includes(value)) return false;
  throw new UserError(
    `Input ${name} must be true or false, not ${JSON.stringify(raw)}.`,
    "Invalid input"
  );
}
function oneOf(name, raw, allowed) {
  const value = raw.trim().toLowerCase();
  if (allowed.includes(value)) return value;
  throw new UserError(
    `Input ${name} must be one of ${allowed.join(", ")}, not ${JSON.stringify(raw)}.`,
    "Invalid input"
  );
}
function url(name, raw) {
  const value = raw.trim();
  try {
    const parsed = new URL(value);
    if (parsed.protocol === "https:" || parsed.protocol === "http:") return value;
  } catch {
  }
  throw new UserError(
    `Input ${name} must be an http(s) URL, not ${JSON.stringify(raw)}.`,
    "Invalid input"
  );
}
function identifier(name, raw) {
  const value = raw.trim();
  if (value === "" || /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(value)) return value;
  throw new UserError(
    `Input ${name} must be a Python module name such as my_package, not ${JSON.stringify(raw)}.`,
    "Invalid input"
  );
}
function credentialedUrl(name, raw) {
  let parsed;
  try {
    parsed = new URL(raw.trim());
  } catch {
    parsed = void 0;
  }
  if (parsed?.password) {
    const password = decodeURIComponent(parsed.password);
    for (const form of [
      parsed.password,
      password,
      encodeURIComponent(password),
      Buffer.from(`${decodeURIComponent(parsed.username)}:${password}`).toString("base64")
    ])
      setSecret(form);
  }
  return url(name, raw);
}
function secret(raw) {
  const value = raw.trim();
  if (value) setSecret(value);
  return value;
}
function list(name, raw) {
  const items = raw.split(/\r?\n|,/).map((item) => item.trim()).filter((item) => item !== "");
  const bad = items.find((item) => /[\u0000-\u001f\u007f]/.test(item));
  if (bad !== void 0) {
    throw new UserError(
      `Input ${name} holds ${JSON.stringify(bad)}, with a control character; give one name per line or comma.`,
      "Invalid input"
    );
  }
  return items;
}
var MULTI_LINE = /* @__PURE__ */ new Set(["version-files", "release-branches", "smoke-test"]);
function singleLine(name, raw) {
  if (MULTI_LINE.has(name) || !/[\u0000-\u001f\u007f]/.test(raw.trim())) return raw;
  throw new UserError(
    `Input ${name} must be a single line without control characters, not ${name.endsWith("token") ? "a value with them (not shown: it is a secret)" : JSON.stringify(raw)}.`,
    "Invalid input"
  );
}
function readInputs(get) {
  const value = (name) => singleLine(name, get(name) ?? INPUT_DEFAULTS[name]);
  const tagPrefix = value("tag-prefix").trim();
  if (!/^(?!-)[A-Za-z0-9._/-]*$/.test(tagPrefix)) {
    throw new UserError(
      `Input tag-prefix may hold letters, digits, '.', '_', '/' and '-' (not first) only, not ${JSON.stringify(tagPrefix)}.`,
      "Invalid input"
    );
  }
  const pypiToken = secret(value("pypi-token"));
  const testpypi = boolean("testpypi", value("testpypi"));
  const testpypiToken = secret(value("testpypi-token"));
  const attestations = oneOf("attestations", value("attestations"), ["auto", "true", "false"]);
  refuseAttestationsWithToken(attestations, [
    ...testpypi ? [{ label: "TestPyPI (testpypi-token)", trusted: !testpypiToken }] : [],
    { label: "the index (pypi-token)", trusted: !pypiToken }
  ]);
  return {
    mode: oneOf("mode", value("mode"), ["auto", "check", "release", "bump"]),
    workingDirectory: value("working-directory").trim() || ".",
    changelog: value("changelog").trim(),
    versionFiles: list("version-files", value("version-files")),
    tagPrefix,
    requireChangelogEntry: boolean("require-changelog-entry", value("require-changelog-entry")),
    releaseBranches: list("release-branches", value("release-branches")),
    builder: oneOf("builder", value("builder"), ["uv", "build"]),
    buildIsolation: boolean("build-isolation", value("build-isolation")),
    uvVersion: value("uv-version").trim(),
    python: value("python").trim() || defaultPython(),
    importName: identifier("import-name", value("import-name")),
    smokeTest: value("smoke-test"),
    repositoryUrl: credentialedUrl("repository-url", value("repository-url")),
    indexUrl: value("index-url").trim() && credentialedUrl("index-url", value("index-url")),
    pypiToken,
    testpypi,
    testpypiUrl: credentialedUrl("testpypi-url", value("testpypi-url")),
    testpypiToken,
    publish: boolean("publish", value("publish")),
    attestations,
    githubToken: secret(value("github-token")),
    draft: boolean("draft", value("draft")),
    attachDist: boolean("attach-dist", value("attach-dist")),
    updatePublishedRelease: boolean("update-published-release", value("update-published-release")),
    closeMilestone: boolean("close-milestone", value("close-milestone")),
    dryRun: boolean("dry-run", value("dry-run")),
    bump: value("bump").trim(),
    preid: value("preid").trim() === "" ? "" : oneOf("preid", value("preid"), ["alpha", "beta", "rc"]),
    versionStyle: oneOf("version-style", value("version-style"), ["pep440", "semver"]),
    gitUser: value("git-user").trim(),
    allowEmptyChangelog: boolean("allow-empty-changelog", value("allow-empty-changelog")),
    openNextCyclePr: boolean("open-next-cycle-pr", value("open-next-cycle-pr")),
    distDir: value("dist-dir").trim(),
    requireSdist: boolean("require-sdist", value("require-sdist"))
  };
}

export {
  environmentInputs,
  readInputs
};
