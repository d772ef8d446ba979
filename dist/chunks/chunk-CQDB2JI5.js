import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  defaultPython
} from "./chunk-ULP2OQNC.js";
import {
  parsePep440
} from "./chunk-CGYPN3IW.js";
import {
  setSecret
} from "./chunk-KGWCHQFJ.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";

// src/run/tag-prefix.ts
var TAG_PREFIX_RULE = "letters, digits, '.', '_', '/' and '-' (not first) only, and may end in '==' (mypkg==)";
function isTagPrefix(prefix) {
  const body = prefix.endsWith("==") ? prefix.slice(0, -2) : prefix;
  if (!/^(?!-)[A-Za-z0-9._/-]*$/.test(body)) return false;
  return body === prefix || /[A-Za-z0-9]$/.test(body);
}

// src/run/packages.ts
function parsePackages(raw) {
  const entries = [];
  for (const [index, line] of raw.split(/\r?\n/).entries()) {
    const text = line.trim();
    if (text === "" || text.startsWith("#")) continue;
    const bad = (why) => new UserError(
      `Input packages, line ${index + 1} (${JSON.stringify(text)}): ${why}. Write one package a line as "tag-prefix: folder", such as "pkg-a-v: packages/pkg-a".`,
      "Invalid input"
    );
    const colon = text.indexOf(":");
    if (colon < 0) throw bad("there is no colon between the tag prefix and the folder");
    const prefix = text.slice(0, colon).trim();
    const dir = text.slice(colon + 1).trim().replace(/^\.\//, "").replace(/\/+$/, "");
    if (prefix === "" || !isTagPrefix(prefix))
      throw bad(`the tag prefix may hold ${TAG_PREFIX_RULE}, and must not be empty`);
    if (dir === "" || /[\u0000-\u001f\u007f]/.test(dir)) throw bad("the folder is missing");
    const same = entries.find((entry) => entry.prefix === prefix);
    if (same) throw bad(`the prefix "${prefix}" is already given to ${same.dir}`);
    entries.push({ prefix, dir });
  }
  return entries;
}
function listed(packages) {
  return packages.map(
    (entry) => entry.found ? `${entry.dir}${entry.found.name ? ` (${entry.found.name})` : ""}` : `"${entry.prefix}" (${entry.dir})`
  ).join(", ");
}
function normalName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var MAX_TAG_LENGTH = 255;
function tagParts(tag) {
  if (tag.length > MAX_TAG_LENGTH) return void 0;
  for (let index = 0; index < tag.length; index++) {
    if (!/\d/.test(tag[index])) continue;
    const prefix = tag.slice(0, index);
    if (prefix !== "" && !/(?:==|[-_/v])$/.test(prefix)) continue;
    if (!parsePep440(tag.slice(index))) continue;
    return { prefix, name: prefix.replace(/(?:==|[-_/]v?|^v)$/, "") };
  }
  return void 0;
}
function namesOf(entry) {
  return [entry.found?.name, entry.dir.split("/").pop(), entry.dir].flatMap(
    (name) => name ? [normalName(name)] : []
  );
}
function tagCandidates(wanted, packages, repository) {
  if (wanted === "") {
    const repo = repository ? normalName(repository.split("/").pop() ?? "") : "";
    const named = repo ? packages.filter((entry) => namesOf(entry).includes(repo)) : [];
    return named.length > 0 || packages.length > 1 ? named : [...packages];
  }
  const exact = packages.filter((entry) => namesOf(entry).includes(wanted));
  if (exact.length > 0) return exact;
  const partial = packages.filter(
    (entry) => namesOf(entry).some((name) => name.endsWith(`-${wanted}`) || name.startsWith(`${wanted}-`))
  );
  return partial.length > 0 || packages.length > 1 ? partial : [...packages];
}
function foundPackageForTag(tag, packages, repository) {
  const parts = tagParts(tag);
  const matches = parts ? tagCandidates(normalName(parts.name), packages, repository) : [];
  const only = matches.length === 1 ? matches[0] : void 0;
  if (only && parts) return { ...only, prefix: parts.prefix };
  const example = packages[0]?.found?.name ?? "pkg";
  throw new UserError(
    `The tag ${JSON.stringify(tag)} names ${matches.length > 1 ? "more than one" : "none"} of the packages this repository holds: ${listed(packages)}. Nothing was built or uploaded. Tag a package's release with its name before the version (such as ${example}-v1.2.3 or ${example}==1.2.3), or set the packages input to "prefix: folder" lines.`,
    "Tag names no package"
  );
}
function packageForTag(tag, packages, repository) {
  if (packages.some((entry) => entry.found)) return foundPackageForTag(tag, packages, repository);
  let best;
  for (const entry of packages) {
    if (tag.startsWith(entry.prefix) && entry.prefix.length > (best?.prefix.length ?? -1))
      best = entry;
  }
  if (best) return best;
  throw new UserError(
    `The tag ${JSON.stringify(tag)} names none of the packages: its prefix is none of ${listed(packages)}. Nothing was built or uploaded. Tag a package's release as its prefix followed by the version (such as ${packages[0]?.prefix ?? "pkg-v"}1.2.3), or add a line "prefix: folder" for it to the packages input.`,
    "Tag names no package"
  );
}
function packageByName(name, packages) {
  const wanted = name.trim().replace(/^\.\//, "").replace(/\/+$/, "");
  if (!wanted) {
    throw new UserError(
      `With the packages input set, a bump must say which package it is for: set the package input, or give the workflow_dispatch input "package", to a folder or tag prefix of ${listed(packages)}. Nothing was changed.`,
      "No package named"
    );
  }
  const found = packages.find((entry) => entry.dir === wanted) ?? packages.find((entry) => entry.prefix === name.trim());
  if (found) return found;
  throw new UserError(
    `The package ${JSON.stringify(name)} is none of the packages: give a folder or tag prefix of ${listed(packages)}. Nothing was changed.`,
    "Unknown package"
  );
}
function packagesForRun(mode, packages, facts) {
  if (packages.length === 0) return [];
  if (mode === "bump") return [packageByName(facts.named, packages)];
  if (facts.tag !== void 0) return [packageForTag(facts.tag, packages, facts.repository)];
  if (mode === "release") return facts.named ? [packageByName(facts.named, packages)] : [];
  return packages;
}
function inputsForPackage(inputs, entry) {
  return entry ? { ...inputs, workingDirectory: entry.dir, tagPrefix: entry.prefix } : inputs;
}

// src/run/inputs.ts
function refuseAttestationsWithToken(mode, targets) {
  if (mode !== "true") return;
  const withToken = targets.filter((target) => !target.trusted).map((target) => target.label);
  if (withToken.length > 0) {
    throw new UserError(
      `attestations: true needs trusted publishing, but ${withToken.join(" and ")} ${withToken.length === 1 ? "is" : "are"} given an API token; the index accepts attestations only from trusted publishing. Remove the token (and configure a trusted publisher), or set attestations to auto or false.`,
      "Attestations need trusted publishing"
    );
  }
}
var INPUT_DEFAULTS = {
  mode: "auto",
  "working-directory": ".",
  changelog: "",
  "version-files": "",
  "tag-prefix": "",
  packages: "",
  package: "",
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
  "github-attestations": "false",
  "github-token": "",
  draft: "true",
  "discussion-category": "",
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
var MULTI_LINE = /* @__PURE__ */ new Set([
  "version-files",
  "release-branches",
  "smoke-test",
  "packages"
]);
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
  if (!isTagPrefix(tagPrefix)) {
    throw new UserError(
      `Input tag-prefix may hold ${TAG_PREFIX_RULE}, not ${JSON.stringify(tagPrefix)}.`,
      "Invalid input"
    );
  }
  const packages = parsePackages(value("packages"));
  const workingDirectory = value("working-directory").trim() || ".";
  if (packages.length > 0 && (tagPrefix !== "" || ![".", "./"].includes(workingDirectory))) {
    throw new UserError(
      `Input packages gives each package its folder and tag prefix, so ${tagPrefix !== "" ? `tag-prefix (${JSON.stringify(tagPrefix)})` : `working-directory (${JSON.stringify(workingDirectory)})`} must not be set with it. Remove it, or put the package in packages as "prefix: folder".`,
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
    workingDirectory,
    changelog: value("changelog").trim(),
    versionFiles: list("version-files", value("version-files")),
    tagPrefix,
    packages,
    package: value("package").trim(),
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
    githubAttestations: boolean("github-attestations", value("github-attestations")),
    githubToken: secret(value("github-token")),
    draft: boolean("draft", value("draft")),
    discussionCategory: value("discussion-category").trim(),
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
  packagesForRun,
  inputsForPackage,
  refuseAttestationsWithToken,
  environmentInputs,
  readInputs
};
