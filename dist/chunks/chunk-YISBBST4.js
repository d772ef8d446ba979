import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  defaultPython
} from "./chunk-ULP2OQNC.js";
import {
  loadProject,
  parseToml,
  repoPath,
  table
} from "./chunk-TSZ2XSFJ.js";
import {
  parsePep440
} from "./chunk-CGYPN3IW.js";
import {
  optionTitle
} from "./chunk-SINCDJQB.js";
import {
  setSecret
} from "./chunk-7OOC5VYS.js";
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
  if (!wanted && packages.length === 1) return packages[0];
  if (!wanted) {
    throw new UserError(
      `With several packages in the packages input, a bump must say which package it is for: give the workflow_dispatch input "package" a folder or tag prefix of ${listed(packages)}, or list only that package in packages. Nothing was changed.`,
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
  if (mode === "release") {
    return facts.named || packages.length === 1 ? [packageByName(facts.named, packages)] : [];
  }
  return packages;
}
function inputsForPackage(inputs, entry) {
  return entry ? { ...inputs, workingDirectory: entry.dir, tagPrefix: entry.prefix } : inputs;
}

// src/run/input-words.ts
function invalid(message) {
  return new UserError(message, "Invalid input");
}
function yesOrNo(raw) {
  const value = raw.trim().toLowerCase();
  if (["true", "yes", "1", "on"].includes(value)) return true;
  if (["false", "no", "0", "off", ""].includes(value)) return false;
  return void 0;
}
function words(raw) {
  return raw.toLowerCase().split(/[\s,]+/).filter((word) => word !== "");
}
var GITHUB_RELEASE_WORDS = [
  "draft",
  "publish",
  "attach-files",
  "close-milestone",
  "update-published",
  "next-cycle-pr"
];
function githubReleaseSettings(raw) {
  const given = words(raw);
  const unknown = given.find((word) => !GITHUB_RELEASE_WORDS.includes(word));
  if (unknown !== void 0) {
    throw invalid(
      `Input github-release takes the words ${GITHUB_RELEASE_WORDS.join(", ")}, not ${JSON.stringify(unknown)}.`
    );
  }
  if (given.includes("draft") && given.includes("publish")) {
    throw invalid("Input github-release says both draft and publish: keep one of them.");
  }
  return {
    draft: !given.includes("publish"),
    attachDist: given.includes("attach-files"),
    closeMilestone: given.includes("close-milestone"),
    updatePublishedRelease: given.includes("update-published"),
    openNextCyclePr: given.includes("next-cycle-pr")
  };
}
function attestationSettings(raw) {
  const given = words(raw);
  const modes = given.filter((word) => word !== "github");
  const mode = modes[0] ?? "auto";
  if (modes.length > 1 || !["auto", "true", "false"].includes(mode)) {
    throw invalid(
      `Input attestations takes one of auto, true or false, and github for a GitHub build-provenance attestation (auto, github), not ${JSON.stringify(raw.trim())}.`
    );
  }
  return { attestations: mode, githubAttestations: given.includes("github") };
}
function builderSettings(raw) {
  const value = raw.trim().toLowerCase();
  if (value === "build") return { builder: "build", uvVersion: "" };
  const uv = /^uv(?:\s+|@|==)?(\d+\.\d+\.\d+)?$/.exec(value);
  if (uv) return { builder: "uv", uvVersion: uv[1] ?? "" };
  throw invalid(
    `${optionTitle("builder")} must be uv, uv with a release (uv@0.12.16) or build, not ${JSON.stringify(raw.trim())}.`
  );
}
function repositorySettings(raw) {
  const parts = raw.split(/\s+/).filter((part) => part !== "");
  if (parts.length === 1 && parts[0].toLowerCase() === "none") {
    return { publish: false, repositoryUrl: "https://upload.pypi.org/legacy/", indexUrl: "" };
  }
  if (parts.length === 0 || parts.length > 2) {
    throw invalid(
      "Input repository-url takes the upload URL, optionally followed on a second line by the simple index it serves, or none to upload nowhere."
    );
  }
  return { publish: true, repositoryUrl: parts[0], indexUrl: parts[1] ?? "" };
}
var TESTPYPI_UPLOAD = "https://test.pypi.org/legacy/";
function testpypiSettings(raw) {
  const value = raw.trim();
  const yes = yesOrNo(value);
  if (yes !== void 0) return { testpypi: yes, testpypiUrl: TESTPYPI_UPLOAD, testpypiToken: "" };
  if (value.startsWith("pypi-")) {
    return { testpypi: true, testpypiUrl: TESTPYPI_UPLOAD, testpypiToken: value };
  }
  if (/^https?:\/\//i.test(value)) return { testpypi: true, testpypiUrl: value, testpypiToken: "" };
  throw invalid(
    "Input testpypi takes false, true (trusted publishing), an API token (pypi-\u2026, from a secret) or the upload URL of a test index; the value given is none of these (not shown, in case it is a secret)."
  );
}
function changelogEntrySettings(raw) {
  const value = raw.trim().toLowerCase() || "auto";
  if (value === "auto") return { requireChangelogEntry: false, allowEmptyChangelog: false };
  if (value === "required") return { requireChangelogEntry: true, allowEmptyChangelog: false };
  if (value === "optional") return { requireChangelogEntry: false, allowEmptyChangelog: true };
  throw invalid(
    `Input changelog-entry must be auto, required or optional, not ${JSON.stringify(raw.trim())}.`
  );
}

// src/run/deprecated-inputs.ts
var truthy = (value) => yesOrNo(value) === true;
var DEPRECATED_INPUTS = {
  package: {
    replacement: "packages",
    instead: () => "list only that package in packages, or give the workflow_dispatch input package"
  },
  "require-changelog-entry": {
    replacement: "changelog-entry",
    instead: (v) => `changelog-entry: ${truthy(v) ? "required" : "auto"}`
  },
  "allow-empty-changelog": {
    replacement: "changelog-entry",
    instead: (v) => `changelog-entry: ${truthy(v) ? "optional" : "auto"}`
  },
  "uv-version": { replacement: "builder", instead: (v) => `builder: uv ${v.trim()}` },
  "index-url": {
    replacement: "repository-url",
    instead: () => "repository-url with the simple index on a second line"
  },
  "testpypi-url": { replacement: "testpypi", instead: (v) => `testpypi: ${v.trim()}` },
  "testpypi-token": {
    replacement: "testpypi",
    instead: () => "testpypi: ${{ secrets.YOUR_TESTPYPI_TOKEN }}"
  },
  publish: {
    replacement: "repository-url",
    instead: (v) => truthy(v) ? "leave repository-url as it is" : "repository-url: none"
  },
  "github-attestations": {
    replacement: "attestations",
    instead: (v) => truthy(v) ? "attestations: auto, github" : "attestations: auto"
  },
  draft: {
    replacement: "github-release",
    instead: (v) => `github-release: ${truthy(v) ? "draft" : "publish"}, attach-files, close-milestone`
  },
  "attach-dist": {
    replacement: "github-release",
    instead: (v) => truthy(v) ? "keep attach-files in github-release" : "leave attach-files out of github-release"
  },
  "update-published-release": {
    replacement: "github-release",
    instead: (v) => truthy(v) ? "add update-published to github-release" : "leave update-published out"
  },
  "close-milestone": {
    replacement: "github-release",
    instead: (v) => truthy(v) ? "keep close-milestone in github-release" : "leave close-milestone out of github-release"
  },
  "require-sdist": {
    replacement: "dist-dir",
    instead: () => "nothing: with dist-dir an sdist is required"
  },
  "version-style": {
    replacement: "the project",
    instead: () => "nothing: a bump writes pre-releases the way the version and the tags already do (X.Y.Z-rc.N or X.Y.ZrcN)"
  },
  "open-next-cycle-pr": {
    replacement: "github-release",
    instead: (v) => truthy(v) ? "add next-cycle-pr to github-release" : "leave it out"
  }
};
function deprecationWarnings(get) {
  const warnings = [];
  for (const [name, entry] of Object.entries(DEPRECATED_INPUTS)) {
    const value = get(name);
    if (value === void 0 || value.trim() === "") continue;
    const shown = name === "testpypi-token" ? "(a token)" : JSON.stringify(value.trim());
    warnings.push(
      `Input ${name} is deprecated and will be removed in the next major version; it still applies (${shown}). Use ${entry.replacement} instead: ${entry.instead(value)}.`
    );
  }
  return warnings;
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
  "changelog-entry": "auto",
  "version-files": "",
  "tag-prefix": "",
  packages: "",
  "release-branches": "",
  builder: "uv",
  "build-isolation": "true",
  python: "",
  "import-name": "",
  "smoke-test": "",
  "repository-url": "https://upload.pypi.org/legacy/",
  "pypi-token": "",
  testpypi: "false",
  attestations: "auto",
  "github-token": "",
  "github-release": "draft, attach-files, close-milestone",
  "discussion-category": "",
  "dry-run": "false",
  bump: "",
  preid: "",
  "git-user": "github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>",
  "dist-dir": "",
  handover: "",
  ...Object.fromEntries(Object.keys(DEPRECATED_INPUTS).map((name) => [name, ""]))
};
function environmentInputs(env = process.env) {
  return (name) => env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`];
}
function boolean(name, raw) {
  const value = yesOrNo(raw);
  if (value !== void 0) return value;
  throw new UserError(
    `${optionTitle(name)} must be true or false, not ${JSON.stringify(raw)}.`,
    "Invalid input"
  );
}
function oneOf(name, raw, allowed) {
  const value = raw.trim().toLowerCase();
  if (allowed.includes(value)) return value;
  throw new UserError(
    `${optionTitle(name)} must be one of ${allowed.join(", ")}, not ${JSON.stringify(raw)}.`,
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
    `${optionTitle(name)} must be an http(s) URL, not ${JSON.stringify(raw)}.`,
    "Invalid input"
  );
}
function identifier(name, raw) {
  const value = raw.trim();
  if (value === "" || /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(value)) return value;
  throw new UserError(
    `${optionTitle(name)} must be a Python module name such as my_package, not ${JSON.stringify(raw)}.`,
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
      `${optionTitle(name)} holds ${JSON.stringify(bad)}, with a control character; give one name per line or comma.`,
      "Invalid input"
    );
  }
  return items;
}
var MULTI_LINE = /* @__PURE__ */ new Set([
  "version-files",
  "release-branches",
  "smoke-test",
  "packages",
  "repository-url"
]);
function singleLine(name, raw) {
  if (MULTI_LINE.has(name) || !/[\u0000-\u001f\u007f]/.test(raw.trim())) return raw;
  throw new UserError(
    `${optionTitle(name)} must be a single line without control characters, not ${name.endsWith("token") || name === "testpypi" ? "a value with them (not shown: it is a secret)" : JSON.stringify(raw)}.`,
    "Invalid input"
  );
}
function handoverDistDir(mode, distDir) {
  if (mode === "build" && distDir !== "") {
    throw new UserError(
      `mode: build builds the files into dist under working-directory; dist-dir (${JSON.stringify(distDir)}) is for mode: publish (or mode: release with files built elsewhere). Remove it.`,
      "Invalid input"
    );
  }
  if (mode !== "publish") return distDir;
  if (/[*?[\]{}!]/.test(distDir)) {
    throw new UserError(
      `mode: publish takes the one folder the build job's artifact was downloaded to, not a glob (dist-dir is ${JSON.stringify(distDir)}).`,
      "Invalid input"
    );
  }
  return distDir || "dist";
}
function handoverDigest(mode, raw) {
  const value = raw.trim().toLowerCase();
  if (value === "") return "";
  if (mode !== "publish") {
    throw new UserError(
      `Input handover is for mode: publish (the build job's handover output); this run's mode is ${mode}. Remove it.`,
      "Invalid input"
    );
  }
  if (/^[0-9a-f]{64}$/.test(value)) return value;
  throw new UserError(
    `Input handover must be the build job's handover output, a sha256 of 64 hex digits (\${{ needs.build.outputs.handover }}), not ${JSON.stringify(raw)}.`,
    "Invalid input"
  );
}
function legacy(value, name) {
  const raw = value(name);
  return raw.trim() === "" ? void 0 : raw;
}
function checkedTagPrefix(value) {
  const tagPrefix = value("tag-prefix").trim();
  if (!isTagPrefix(tagPrefix)) {
    throw new UserError(
      `${optionTitle("tag-prefix")} may hold ${TAG_PREFIX_RULE}, not ${JSON.stringify(tagPrefix)}.`,
      "Invalid input"
    );
  }
  return tagPrefix;
}
function projectInputs(value) {
  const tagPrefix = checkedTagPrefix(value);
  const packages = parsePackages(value("packages"));
  const workingDirectory = value("working-directory").trim() || ".";
  if (packages.length > 0 && (tagPrefix !== "" || ![".", "./"].includes(workingDirectory))) {
    throw new UserError(
      `Input packages gives each package its folder and tag prefix, so ${tagPrefix !== "" ? `tag-prefix (${JSON.stringify(tagPrefix)})` : `working-directory (${JSON.stringify(workingDirectory)})`} must not be set with it. Remove it, or put the package in packages as "prefix: folder".`,
      "Invalid input"
    );
  }
  const entry = changelogEntrySettings(value("changelog-entry"));
  const requireEntry = legacy(value, "require-changelog-entry");
  const allowEmpty = legacy(value, "allow-empty-changelog");
  return {
    workingDirectory,
    changelog: value("changelog").trim(),
    versionFiles: list("version-files", value("version-files")),
    tagPrefix,
    packages,
    package: value("package").trim(),
    requireChangelogEntry: requireEntry === void 0 ? entry.requireChangelogEntry : boolean("require-changelog-entry", requireEntry),
    allowEmptyChangelog: allowEmpty === void 0 ? entry.allowEmptyChangelog : boolean("allow-empty-changelog", allowEmpty),
    releaseBranches: list("release-branches", value("release-branches"))
  };
}
function buildInputs(value, mode) {
  const { builder, uvVersion } = builderSettings(value("builder"));
  const distDir = handoverDistDir(mode, value("dist-dir").trim());
  const requireSdist = legacy(value, "require-sdist");
  return {
    builder,
    buildIsolation: boolean("build-isolation", value("build-isolation")),
    uvVersion: legacy(value, "uv-version")?.trim() ?? uvVersion,
    python: value("python").trim() || defaultPython(),
    importName: identifier("import-name", value("import-name")),
    smokeTest: value("smoke-test"),
    distDir,
    // Files built elsewhere are the whole release: without an sdist, something was lost.
    requireSdist: requireSdist === void 0 ? distDir !== "" : boolean("require-sdist", requireSdist),
    handover: handoverDigest(mode, value("handover"))
  };
}
function indexInputs(value) {
  const repository = repositorySettings(value("repository-url"));
  const indexUrl = legacy(value, "index-url") ?? repository.indexUrl;
  const rawTest = value("testpypi");
  if (rawTest.trim().startsWith("pypi-")) secret(rawTest);
  const test = testpypiSettings(rawTest);
  const testpypiUrl = legacy(value, "testpypi-url") ?? test.testpypiUrl;
  const publish = legacy(value, "publish");
  return {
    repositoryUrl: credentialedUrl("repository-url", repository.repositoryUrl),
    indexUrl: indexUrl.trim() && credentialedUrl(legacy(value, "index-url") ? "index-url" : "repository-url", indexUrl),
    pypiToken: secret(value("pypi-token")),
    testpypi: test.testpypi,
    testpypiUrl: credentialedUrl("testpypi", testpypiUrl),
    testpypiToken: secret(value("testpypi-token")) || test.testpypiToken,
    publish: publish === void 0 ? repository.publish : boolean("publish", publish)
  };
}
function githubInputs(value) {
  const release = githubReleaseSettings(value("github-release"));
  const override = (name, fallback) => {
    const raw = legacy(value, name);
    return raw === void 0 ? fallback : boolean(name, raw);
  };
  const attest = attestationSettings(value("attestations"));
  return {
    attestations: attest.attestations,
    githubAttestations: override("github-attestations", attest.githubAttestations),
    githubToken: secret(value("github-token")),
    discussionCategory: value("discussion-category").trim(),
    draft: override("draft", release.draft),
    attachDist: override("attach-dist", release.attachDist),
    updatePublishedRelease: override("update-published-release", release.updatePublishedRelease),
    closeMilestone: override("close-milestone", release.closeMilestone),
    openNextCyclePr: override("open-next-cycle-pr", release.openNextCyclePr)
  };
}
function bumpInputs(value) {
  const style = legacy(value, "version-style");
  return {
    bump: value("bump").trim(),
    preid: value("preid").trim() === "" ? "" : oneOf("preid", value("preid"), ["alpha", "beta", "rc"]),
    versionStyle: style === void 0 ? "auto" : oneOf("version-style", style, ["pep440", "semver"]),
    gitUser: value("git-user").trim()
  };
}
function readInputs(get) {
  const value = (name) => singleLine(name, get(name) ?? INPUT_DEFAULTS[name]);
  const mode = oneOf("mode", value("mode"), [
    "auto",
    "check",
    "release",
    "bump",
    "build",
    "publish"
  ]);
  const index = indexInputs(value);
  const github = githubInputs(value);
  refuseAttestationsWithToken(github.attestations, [
    ...index.testpypi ? [{ label: "TestPyPI (testpypi)", trusted: !index.testpypiToken }] : [],
    { label: "the index (pypi-token)", trusted: !index.pypiToken }
  ]);
  return {
    mode,
    ...projectInputs(value),
    ...buildInputs(value, mode),
    ...index,
    ...github,
    dryRun: boolean("dry-run", value("dry-run")),
    ...bumpInputs(value)
  };
}

// src/project/find-packages.ts
var MAX_DEPTH = 3;
var MAX_FOLDERS = 2e3;
var NOT_PACKAGES = /* @__PURE__ */ new Set([
  "bench",
  "benchmark",
  "benchmarks",
  "build",
  "dist",
  "doc",
  "docs",
  "example",
  "examples",
  "fixtures",
  "node_modules",
  "site-packages",
  "test",
  "testdata",
  "testing",
  "tests",
  "venv"
]);
function describesProject(toml) {
  const tool = table(toml.tool);
  const uv = table(tool?.uv);
  if (table(toml.project) === void 0 && table(tool?.poetry) === void 0) return false;
  if (uv?.package === false) return false;
  return !(table(uv?.workspace) !== void 0 && table(toml["build-system"]) === void 0);
}
async function holdsProject(reader, dir) {
  if (await reader.read(repoPath(dir, "setup.py")) !== void 0) return true;
  if (await reader.read(repoPath(dir, "setup.cfg")) !== void 0) return true;
  const file = repoPath(dir, "pyproject.toml");
  const text = await reader.read(file);
  if (text === void 0) return false;
  try {
    return describesProject(parseToml(text, file));
  } catch {
    return true;
  }
}
function subfolders(entries, dir) {
  return entries.filter((entry) => entry.endsWith("/")).map((entry) => entry.slice(0, -1)).filter((folder) => {
    const name = folder.slice(dir ? dir.length + 1 : 0);
    return !name.startsWith(".") && !name.startsWith("_") && !NOT_PACKAGES.has(name.toLowerCase());
  });
}
async function packageFolders(reader) {
  const found = [];
  let level = [""];
  let visited = 0;
  for (let depth = 1; depth <= MAX_DEPTH && level.length > 0; depth++) {
    const next = [];
    for (const dir of level) {
      const entries = await reader.list?.(dir) ?? [];
      for (const folder of subfolders(entries, dir)) {
        if (++visited > MAX_FOLDERS) return found;
        if (await holdsProject(reader, folder)) found.push(folder);
        else next.push(folder);
      }
    }
    level = next;
  }
  return found;
}
async function findPackages(reader) {
  if (!reader.list || await holdsProject(reader, "")) return [];
  return namedPackages(reader, await packageFolders(reader));
}
function namedPackages(reader, folders) {
  return Promise.all(
    folders.map(async (dir) => {
      const project = await loadProject(reader, { dir, changelog: "none", versionFiles: [] }).catch(
        () => void 0
      );
      return { dir, name: project?.name };
    })
  );
}
async function runPackages(reader, inputs, facts = { tag: void 0 }) {
  if (inputs.packages.length > 0 || ![".", "./"].includes(inputs.workingDirectory)) {
    return inputs.packages;
  }
  const found = await findPackages(reader);
  if (found.length > 0) return found.map(toEntry);
  return facts.tag === void 0 ? [] : packagesBesideRoot(reader, facts);
}
function toEntry(entry) {
  return { prefix: "", dir: entry.dir, found: { name: entry.name } };
}
async function packagesBesideRoot(reader, facts) {
  if (!reader.list) return [];
  const nested = await namedPackages(reader, await packageFolders(reader));
  if (nested.length === 0) return [];
  const [root] = await namedPackages(reader, ["."]);
  const entries = [root, ...nested].map(toEntry);
  try {
    const [chosen] = packagesForRun("release", entries, { named: "", ...facts });
    return chosen && chosen.dir !== "." ? entries : [];
  } catch {
    return [];
  }
}
function describeFound(packages) {
  return packages.map((entry) => `${entry.dir}${entry.found?.name ? ` (${entry.found.name})` : ""}`).join(", ");
}

export {
  deprecationWarnings,
  packagesForRun,
  inputsForPackage,
  refuseAttestationsWithToken,
  environmentInputs,
  readInputs,
  findPackages,
  runPackages,
  describeFound
};
