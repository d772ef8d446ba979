import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  openNextCyclePullRequest
} from "./chunk-WREW4SNA.js";
import {
  describeReleaseBranches,
  nextVersion,
  parseGitUser,
  pushBump,
  releaseBranchCandidates,
  releaseBranches,
  requireExactTag,
  require_picomatch,
  shouldBeLatest,
  undoBump
} from "./chunk-ZRDX3S6F.js";
import {
  readEventPayloadQuietly,
  readEventRelease
} from "./chunk-YMZL4QRV.js";
import {
  refuseAttestationsWithToken
} from "./chunk-CQDB2JI5.js";
import {
  venvExecutable
} from "./chunk-ULP2OQNC.js";
import {
  addCheckSummary,
  adornmentChar,
  annotate,
  dig,
  escapeHtml,
  findRelease,
  git,
  isOnRemoteBranch,
  latestVersionTag,
  listTags,
  previousTag,
  refuseNonVersionTag,
  remoteBranches,
  resolveProjectDir,
  runCheck,
  setCheckOutputs,
  splitText,
  summaryText,
  table,
  tagCommit,
  tagVersion,
  writeSummary
} from "./chunk-BAH5GUTC.js";
import {
  ATTESTATION_SUFFIX,
  STATEMENT_TYPE
} from "./chunk-V2YYOZ4B.js";
import "./chunk-IS577UVD.js";
import {
  PYPI_UPLOAD_URL,
  TESTPYPI_UPLOAD_URL,
  decodeClaims,
  packageIndex,
  projectPageUrl,
  simpleIndexUrl,
  twineCheck,
  twineUploadArgs,
  twineVersionOutput,
  uploadOrder
} from "./chunk-WZC5HRGR.js";
import {
  Pipeline,
  outputTail,
  recordOutput,
  runCommand,
  seconds,
  showCommand
} from "./chunk-JY65WF7U.js";
import {
  canonicalProjectName,
  comparePep440,
  distFilenamePrefix,
  parsePep440,
  samePep440
} from "./chunk-CGYPN3IW.js";
import {
  getIDToken,
  setOutput,
  setSecret,
  which
} from "./chunk-KGWCHQFJ.js";
import {
  GithubError,
  timeoutFromEnvironment
} from "./chunk-V5LYSJ7N.js";
import {
  displayUrl
} from "./chunk-4LYOQI2X.js";
import {
  annotation,
  info
} from "./chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";
import {
  __toESM
} from "./chunk-HN3VUIRH.js";

// src/release/release-report.ts
import path17 from "node:path";

// src/release/release.ts
import { mkdtemp as mkdtemp4 } from "node:fs/promises";
import { tmpdir as tmpdir4 } from "node:os";
import path16 from "node:path";

// src/github/deferred-releaser.ts
function deferredReleaser(options) {
  const loading = import("./releaser-R5LQBZ5Y.js").then((github) => github.octokitReleaser(options));
  loading.catch(() => void 0);
  const client = () => loading;
  return {
    listReleases: async () => (await client()).listReleases(),
    listTags: async () => (await client()).listTags(),
    generateNotes: async (tag, previousTag2) => (await client()).generateNotes(tag, previousTag2),
    createRelease: async (fields) => (await client()).createRelease(fields),
    updateRelease: async (id, fields) => (await client()).updateRelease(id, fields),
    deleteRelease: async (id) => (await client()).deleteRelease(id),
    listAssets: async (releaseId) => (await client()).listAssets(releaseId),
    deleteAsset: async (id) => (await client()).deleteAsset(id),
    uploadAsset: async (release, name, data, contentType) => (await client()).uploadAsset(release, name, data, contentType),
    openMilestones: async () => (await client()).openMilestones(),
    closeMilestone: async (number2) => (await client()).closeMilestone(number2),
    createMilestone: async (title2) => (await client()).createMilestone(title2),
    milestoneItems: async (number2) => (await client()).milestoneItems(number2),
    setMilestone: async (issueNumber, milestone) => (await client()).setMilestone(issueNumber, milestone),
    openPullRequest: async (fields) => (await client()).openPullRequest(fields)
  };
}

// src/release/step-graph.ts
function validateNeeds(steps) {
  const declared = /* @__PURE__ */ new Set();
  for (const step of steps) {
    if (declared.has(step.name)) throw new Error(`Step graph: "${step.name}" is declared twice`);
    for (const need of step.needs) {
      if (!declared.has(need))
        throw new Error(
          `Step graph: "${step.name}" needs "${need}", which is not declared before it`
        );
    }
    declared.add(step.name);
  }
}
function ancestors(steps) {
  const before = /* @__PURE__ */ new Map();
  for (const step of steps) {
    const all = /* @__PURE__ */ new Set();
    for (const need of step.needs) {
      all.add(need);
      for (const earlier of before.get(need)) all.add(earlier);
    }
    before.set(step.name, all);
  }
  const checks = steps.filter((step) => !step.sideEffect).map((step) => step.name);
  for (const step of steps) {
    if (!step.sideEffect) continue;
    const all = before.get(step.name);
    for (const check of checks) {
      all.add(check);
      for (const earlier of before.get(check)) all.add(earlier);
    }
  }
  return before;
}
function validateResults(steps) {
  const writers = /* @__PURE__ */ new Map();
  for (const step of steps)
    for (const result of step.writes ?? [])
      writers.set(result, [...writers.get(result) ?? [], step.name]);
  const before = ancestors(steps);
  for (const step of steps) {
    const needed = before.get(step.name);
    const others = (result) => (writers.get(result) ?? []).filter((writer) => writer !== step.name);
    for (const result of step.reads ?? []) {
      if (!others(result).some((writer) => needed.has(writer)))
        throw new Error(
          `Step graph: "${step.name}" reads ${result}, which no step it needs writes`
        );
    }
    const beside = (writer) => !needed.has(writer) && !before.get(writer).has(step.name);
    for (const result of step.mayRead ?? []) {
      const writing = others(result);
      if (writing.some(beside))
        throw new Error(
          `Step graph: "${step.name}" may read ${result}, written by ${writing.join(", ")}, which may run beside it`
        );
    }
  }
}
function validateGraph(steps) {
  validateNeeds(steps);
  validateResults(steps);
}
function guardedState(state, step, results) {
  const readable = /* @__PURE__ */ new Set([
    ...step.reads ?? [],
    ...step.mayRead ?? [],
    ...step.writes ?? []
  ]);
  const writable = new Set(step.writes ?? []);
  for (const result of step.reads ?? []) {
    if (state[result] === void 0)
      throw new Error(`Step graph: "${step.name}" started before ${result} was written`);
  }
  return new Proxy(state, {
    get(target, key, receiver) {
      if (typeof key === "string" && results.has(key) && !readable.has(key))
        throw new Error(`Step graph: "${step.name}" reads ${key}, which it does not declare`);
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (typeof key !== "string" || !writable.has(key))
        throw new Error(
          `Step graph: "${step.name}" writes ${String(key)}, which it does not declare`
        );
      return Reflect.set(target, key, value, receiver);
    }
  });
}
function dueSteps(steps, status) {
  if ([...status.values()].includes("failed")) return [];
  const checksPassed = steps.every((step) => step.sideEffect || status.get(step.name) === "passed");
  return steps.filter(
    (step) => status.get(step.name) === "waiting" && step.needs.every((need) => status.get(need) === "passed") && (!step.sideEffect || checksPassed)
  );
}
async function runGraph(steps, state, pipeline, results = /* @__PURE__ */ new Set()) {
  validateGraph(steps);
  const status = new Map(steps.map((step) => [step.name, "waiting"]));
  const failures = /* @__PURE__ */ new Map();
  const running = /* @__PURE__ */ new Set();
  const track = (step, work) => {
    const done = pipeline.step(step.name, work, (detail) => detail).then(
      () => void status.set(step.name, "passed"),
      (error) => {
        status.set(step.name, "failed");
        failures.set(step.name, error);
      }
    ).finally(() => running.delete(done));
    running.add(done);
  };
  const start = (step) => {
    status.set(step.name, "running");
    let note;
    let view;
    try {
      view = guardedState(state, step, results);
      note = step.note?.(view);
    } catch (error) {
      track(step, () => Promise.reject(error));
      return;
    }
    if (note) {
      pipeline.note(step.name, note.status, note.detail);
      status.set(step.name, "passed");
      return;
    }
    track(
      step,
      () => step.run?.(view) ?? Promise.reject(new Error(`${step.name} made no note and has no run`))
    );
  };
  for (; ; ) {
    for (let due = dueSteps(steps, status); due.length > 0; due = dueSteps(steps, status))
      due.forEach(start);
    if (running.size === 0) break;
    await Promise.race(running);
  }
  const failed = steps.find((step) => failures.has(step.name));
  if (failed) throw failures.get(failed.name);
  const stuck = steps.filter((step) => status.get(step.name) !== "passed");
  if (stuck.length > 0)
    throw new Error(`Step graph: ${stuck.map((step) => step.name).join(", ")} never became due`);
}

// src/provenance/pep740-plan.ts
var TWINE_ATTESTATIONS_SINCE = [5, 1];
function parseTwineVersion(output) {
  const match = /twine version (\d+)\.(\d+)(?:\.(\d+))?/i.exec(output);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : void 0;
}
function twineSupportsAttestations(version) {
  const [major = 0, minor = 0] = version;
  const [needMajor, needMinor] = TWINE_ATTESTATIONS_SINCE;
  return major > needMajor || major === needMajor && minor >= needMinor;
}
function decideAttestations(facts) {
  refuseAttestationsWithToken(facts.mode, facts.targets);
  const none = { attest: facts.targets.map(() => false), warnings: [] };
  if (facts.mode === "false") return none;
  const wanted = facts.targets.map((target) => target.trusted);
  if (!wanted.some(Boolean)) return none;
  const version = facts.twineVersion;
  if (!version || !twineSupportsAttestations(version)) {
    const found = version ? `twine ${version.join(".")}` : "a twine whose version could not be read";
    const fix = `Install twine ${TWINE_ATTESTATIONS_SINCE.join(".")} or newer before this step (pip install -U twine), or leave twine off PATH so pyrelease installs a current one`;
    if (facts.mode === "true") {
      throw new UserError(
        `attestations: true, but ${found} cannot upload attestations (its --attestations option came in ${TWINE_ATTESTATIONS_SINCE.join(".")}). ${fix}. Nothing was uploaded.`,
        "twine too old for attestations"
      );
    }
    return {
      attest: facts.targets.map(() => false),
      warnings: [
        `Uploading without PEP 740 attestations: ${found} cannot send them. ${fix}; or set attestations: false to silence this.`
      ]
    };
  }
  if (!facts.canRequestIdToken && !facts.dryRun) {
    throw new UserError(
      "PEP 740 attestations are signed with the workflow\u2019s identity, but this job may not request an OIDC token. Add `permissions: id-token: write` to the job (trusted publishing needs it too), or set attestations: false. Nothing was uploaded.",
      "Attestations need id-token: write"
    );
  }
  return { attest: wanted, warnings: [] };
}

// src/provenance/pep740-attestor.ts
async function preflightAttestations(inputs, targets, twine) {
  const facts = {
    mode: inputs.publish ? inputs.attestations : "false",
    targets,
    canRequestIdToken: Boolean(process.env.ACTIONS_ID_TOKEN_REQUEST_URL),
    dryRun: inputs.dryRun
  };
  const needsTwine = facts.mode !== "false" && facts.targets.some((target) => target.trusted);
  const decision = decideAttestations({
    ...facts,
    twineVersion: needsTwine ? parseTwineVersion(await twineVersionOutput(twine)) : void 0
  });
  return decision;
}
function attestationFile(file) {
  return `${file.path}${ATTESTATION_SUFFIX}`;
}
function attestor(getIdToken = getIDToken, env = process.env) {
  const done = /* @__PURE__ */ new Map();
  return async (files) => {
    const missing = files.filter((file) => !done.has(file.path));
    if (missing.length > 0) {
      const { makePublishAttestations, sigstoreEndpoints } = await import("./sign-G3D34UTD.js");
      let token;
      const identityToken = () => token ??= getIdToken("sigstore").then((value) => {
        setSecret(value);
        return value;
      });
      const made = await makePublishAttestations(missing, {
        endpoints: sigstoreEndpoints(env),
        identityToken
      });
      for (const attestation of made) {
        const file = missing.find((candidate) => candidate.filename === attestation.filename);
        done.set(file.path, attestation.path);
        info(
          `${attestation.reused ? "Reused" : "Signed"} the PEP 740 publish attestation ${attestation.path}`
        );
      }
    }
    return files.map((file) => done.get(file.path));
  };
}

// src/publish/publish-plan.ts
function publishTargets(options) {
  const label = (url, known, name) => url === known ? name : displayUrl(url);
  const main = packageIndex(
    options.repositoryUrl,
    label(options.repositoryUrl, PYPI_UPLOAD_URL, "PyPI"),
    options.indexUrl
  );
  const targets = [];
  if (options.testpypi) {
    targets.push({
      index: packageIndex(
        options.testpypiUrl,
        label(options.testpypiUrl, TESTPYPI_UPLOAD_URL, "TestPyPI")
      ),
      token: options.testpypiToken,
      verifyInstall: true
    });
  }
  targets.push({ index: main, token: options.pypiToken, verifyInstall: false });
  return targets;
}
function describeUpload(twine, target, files, attest = false) {
  const ordered = uploadOrder(files);
  const auth = target.token ? "TWINE_USERNAME=__token__ TWINE_PASSWORD=*** (from the environment)" : target.index.credentials ? "TWINE_USERNAME and TWINE_PASSWORD from repository-url (from the environment)" : "a token minted by trusted publishing";
  return `${showCommand(twine.command, [
    ...twine.baseArgs,
    ...twineUploadArgs(
      target.index.uploadUrl,
      ordered.map((file) => file.path),
      attest ? ordered.map(attestationFile) : []
    )
  ])}  [${auth}]`;
}

// src/tools/build.ts
import { readdir, rm } from "node:fs/promises";
import path from "node:path";

// src/tools/args.ts
function pathArg(value) {
  return value.startsWith("-") ? `./${value}` : value;
}

// src/tools/python-build.ts
function pythonBuildArgs(options) {
  return [
    "-m",
    "build",
    "--sdist",
    "--wheel",
    "--outdir",
    pathArg(options.outDir),
    ...options.isolation ? [] : ["--no-isolation", "--skip-dependency-check"],
    pathArg(options.projectDir)
  ];
}
function venvArgs(dir) {
  return ["-m", "venv", pathArg(dir)];
}
function pipInstallArgs(target, options = {}) {
  return [
    "pip",
    "install",
    "--disable-pip-version-check",
    "--no-input",
    ...options.noDeps ? ["--no-deps"] : [],
    ...options.indexUrl ? ["--index-url", options.indexUrl] : [],
    pathArg(target)
  ];
}

// src/tools/uv-args.ts
function uvBuildArgs(options) {
  return [
    "build",
    "--sdist",
    "--wheel",
    "--no-sources",
    "--out-dir",
    pathArg(options.outDir),
    ...options.python ? ["--python", options.python] : [],
    ...options.isolation ? [] : ["--no-build-isolation"],
    pathArg(options.projectDir)
  ];
}
function uvVenvArgs(venvDir, python) {
  return ["venv", "--quiet", ...python ? ["--python", python] : [], pathArg(venvDir)];
}
function uvPipInstallArgs(venvPython2, wheelPath, options = {}) {
  return [
    "pip",
    "install",
    "--quiet",
    "--python",
    venvPython2,
    ...options.noDeps ? ["--no-deps"] : [],
    ...options.indexUrl ? ["--default-index", options.indexUrl] : [],
    pathArg(wheelPath)
  ];
}

// src/tools/build.ts
async function cleanBuildOutputs(projectDir, outDir) {
  const names2 = await readdir(projectDir).catch(() => []);
  await Promise.all([
    rm(outDir, { recursive: true, force: true }),
    rm(path.join(projectDir, "build"), { recursive: true, force: true }),
    ...names2.filter((name) => name.endsWith(".egg-info")).map((name) => rm(path.join(projectDir, name), { recursive: true, force: true }))
  ]);
}
var SECRET_NAMES = /* @__PURE__ */ new Set([
  "ACTIONS_ID_TOKEN_REQUEST_TOKEN",
  "ACTIONS_ID_TOKEN_REQUEST_URL",
  "ACTIONS_RUNTIME_TOKEN",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "TWINE_PASSWORD",
  "UV_PUBLISH_TOKEN",
  "UV_PUBLISH_PASSWORD"
]);
function buildEnvironment(parent, extra = {}) {
  const env = {};
  for (const [name, value] of Object.entries(parent)) {
    const upper = name.toUpperCase();
    if (value === void 0 || upper.startsWith("INPUT_") || SECRET_NAMES.has(upper)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}
function buildCommand(options) {
  const where = {
    outDir: options.outDir,
    isolation: options.isolation,
    projectDir: options.projectDir
  };
  if (options.builder === "uv") {
    if (!options.uvPath)
      throw new UserError("builder: uv needs uv; it was not found or installed.", "uv missing");
    return [options.uvPath, ...uvBuildArgs({ ...where, python: options.python })];
  }
  return [options.python, ...pythonBuildArgs(where)];
}
async function buildDist(options) {
  const [command, ...args] = buildCommand(options);
  if (options.clean !== false) await cleanBuildOutputs(options.projectDir, options.outDir);
  const result = await runCommand(command, args, {
    cwd: options.projectDir,
    env: buildEnvironment(process.env, options.env),
    inheritEnv: false
  });
  if (result.exitCode !== 0) {
    const tail = outputTail(result);
    const hint = /No module named build\b/.test(tail) ? `${options.python} has no \`build\` module: install it (pip install build), or use builder: uv.` : options.isolation ? "Run the same command locally to see the whole output." : "With build-isolation: false the build backend must already be installed in that Python.";
    throw new UserError(
      `${showCommand(command, args)} exited ${result.exitCode}; the last lines of its output:
${tail}
${hint}`,
      "Build failed"
    );
  }
  return { command: [command, ...args], durationMs: result.durationMs };
}

// src/release/release-state.ts
import path2 from "node:path";
var RESULT_NAMES = {
  projectDir: true,
  validated: true,
  pushed: true,
  releaseBranch: true,
  uv: true,
  twine: true,
  inspection: true,
  attestations: true,
  attest: true,
  githubAttest: true,
  releases: true,
  published: true,
  pypiUrl: true,
  draft: true,
  release: true,
  milestone: true
};
var RESULTS = new Set(Object.keys(RESULT_NAMES));
function releaseStep(definition) {
  return { needs: [], ...definition };
}
function buildDir(state) {
  return state.dryRunBuildDir ?? path2.join(state.projectDir, "dist");
}

// src/release/steps/build-step.ts
async function sourceDateEpoch(cwd, tag) {
  const result = await git(cwd, [
    "log",
    "-1",
    "--format=%ct",
    tag ? `refs/tags/${tag}^{commit}` : "HEAD"
  ]);
  const value = result.stdout.trim();
  return result.exitCode === 0 && /^\d+$/.test(value) ? value : void 0;
}
var build = releaseStep({
  name: "Build",
  sideEffect: false,
  reads: ["projectDir"],
  mayRead: ["uv"],
  async run(state) {
    const { context, inputs } = state;
    const epoch = await sourceDateEpoch(context.workspace, state.requestedTag);
    await buildDist({
      builder: inputs.builder,
      python: inputs.python,
      uvPath: state.uv?.path,
      projectDir: state.projectDir,
      outDir: buildDir(state),
      clean: !inputs.dryRun,
      isolation: inputs.buildIsolation,
      env: epoch ? { SOURCE_DATE_EPOCH: epoch } : {}
    });
    return inputs.builder === "uv" ? "uv build" : "python -m build";
  }
});

// src/release/steps/checks-step.ts
import path5 from "node:path";

// src/artifacts/wheel-test.ts
import { mkdtemp as mkdtemp2, rm as rm3 } from "node:fs/promises";
import { tmpdir as tmpdir2 } from "node:os";
import path4 from "node:path";

// src/tools/python-script.ts
import { mkdtemp, rm as rm2, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path3 from "node:path";
async function runPythonScript(python, program, args, options = {}) {
  const dir = await mkdtemp(path3.join(process.env.RUNNER_TEMP || tmpdir(), "pyrelease-py-"));
  const file = path3.join(dir, "pyrelease_program.py");
  try {
    await writeFile(file, program, "utf8");
    return await runCommand(python, [file, ...args], options);
  } finally {
    await rm2(dir, { recursive: true, force: true });
  }
}

// src/artifacts/interpreter-tags.ts
var SCRIPT = `
import json, sys, sysconfig
try:
    from packaging import tags
except ImportError:
    try:
        from pip._vendor.packaging import tags
    except ImportError:
        tags = None
impl = sys.implementation.name
label = "Python %d.%d (%s) on %s" % (sys.version_info[0], sys.version_info[1], impl, sysconfig.get_platform())
print(json.dumps({"label": label, "tags": [str(t) for t in tags.sys_tags()] if tags else []}))
`;
async function interpreterTags(python) {
  const result = await runPythonScript(python, SCRIPT, []);
  const line = result.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line);
  } catch {
    return { label: `the interpreter ${python}`, tags: [] };
  }
}

// src/artifacts/scm-version.ts
function base(version) {
  const epoch = version.epoch ? `${version.epoch}!` : "";
  const pre = version.pre ? `${version.pre[0]}${version.pre[1]}` : "";
  return `${epoch}${version.release.join(".")}${pre}`;
}
var FETCH_ALL = "check out the full history with its tags (actions/checkout with `fetch-depth: 0`; a shallow clone has one commit and no tags)";
function diagnoseScmVersion(expected, found) {
  const want = parsePep440(expected);
  const got = parsePep440(found);
  if (!want || !got || comparePep440(expected, found) === 0) return void 0;
  const local = got.local?.split(".") ?? [];
  const commit = local.find((part) => /^g[0-9a-f]{4,}$/.test(part));
  const dirty = local.some((part) => /^d\d{8}$/.test(part));
  const fromGit = commit !== void 0 || dirty || got.dev !== null && want.dev === null;
  if (!fromGit) return void 0;
  const causes = [];
  const why = [];
  const fixes = [];
  const order = comparePep440(base(got), base(want));
  const tagSeen = got.post !== null ? order >= 0 : got.dev !== null ? order > 0 : order === 0;
  const distance = got.dev ?? got.post ?? 0;
  const built = commit ? `, ${commit.slice(1)},` : "";
  const noTag = got.dev !== null && got.post === null && base(got) === "0.1" && base(want) !== "0.0";
  if (noTag) {
    causes.push("no-tag");
    why.push(
      `the build saw no tag at all: 0.1.dev${distance} is setuptools-scm's version for a history without tags, counting the ${distance} commit${distance === 1 ? "" : "s"} it could see`
    );
    fixes.push(`${FETCH_ALL}, and push the tag before the release runs`);
  } else if (!tagSeen) {
    causes.push("older-tag");
    why.push(
      `the newest tag the build saw is older than ${want.normalized}: the commit built${built} ${distance === 0 ? "carries an earlier tag" : `is ${distance} commit${distance === 1 ? "" : "s"} past an earlier tag`}, so the tag for ${want.normalized} was not in the checkout or is not on that commit`
    );
    fixes.push(`${FETCH_ALL}, and build the tagged commit`);
  } else if (distance > 0) {
    causes.push("past-tag");
    why.push(
      `the commit built${built} is ${distance} commit${distance === 1 ? "" : "s"} past the tag, not the tagged commit`
    );
    fixes.push(
      "build the tagged commit: on a tag push actions/checkout checks it out; a workflow that checks out a branch should check out the tag instead (`ref: ${{ github.ref }}`)"
    );
  }
  if (dirty) {
    causes.push("dirty");
    why.push(
      "tracked files had uncommitted changes when the build ran (the .dYYYYMMDD part marks a changed tree; untracked files do not count)"
    );
    fixes.push(
      "build from a clean checkout: no step before the build may edit tracked files (a version stamp, a formatter, a regenerated lock file); commit such changes or have them written to files git ignores, and check with `git status --porcelain` before building"
    );
  }
  if (causes.length === 0) return void 0;
  const pypi = got.local !== null ? " PyPI refuses any version with a local part (+\u2026)." : "";
  return {
    causes,
    message: `${got.normalized} was computed from git by the build (setuptools-scm or hatch-vcs): ${why.join("; and ")}. To release ${want.normalized}, ${fixes.join("; and ")}.${pypi}`
  };
}

// src/artifacts/filenames.ts
var PART = /^[A-Za-z0-9_.+!]+$/;
function parseWheelFilename(filename) {
  if (!filename.endsWith(".whl")) return void 0;
  const parts = filename.slice(0, -".whl".length).split("-");
  if (parts.length !== 5 && parts.length !== 6) return void 0;
  if (!parts.every((part) => PART.test(part))) return void 0;
  const [distribution, version] = parts;
  const build3 = parts.length === 6 ? parts[2] : void 0;
  if (build3 !== void 0 && !/^\d/.test(build3)) return void 0;
  const [python, abi, platform] = parts.slice(-3);
  return {
    filename,
    distribution,
    version,
    build: build3,
    pythonTags: python.split("."),
    abiTags: abi.split("."),
    platformTags: platform.split(".")
  };
}
function parseSdistFilename(filename) {
  if (!filename.endsWith(".tar.gz")) return void 0;
  const stem = filename.slice(0, -".tar.gz".length);
  const dash = stem.indexOf("-");
  if (dash <= 0 || dash === stem.length - 1) return void 0;
  return { filename, distribution: stem.slice(0, dash), version: stem.slice(dash + 1) };
}
function distStem(projectName, version) {
  if (version === void 0) return `${distFilenamePrefix(projectName)}-{version}`;
  const normalized = parsePep440(version)?.normalized ?? version.trim();
  return `${distFilenamePrefix(projectName)}-${normalized}`;
}
function expectedSdistFilename(projectName, version) {
  return `${distStem(projectName, version)}.tar.gz`;
}
function filenameProblems(parsed, projectName, version) {
  const problems = [];
  const prefix = distFilenamePrefix(projectName);
  if (parsed.distribution !== prefix) {
    const sameProject = canonicalProjectName(parsed.distribution) === canonicalProjectName(projectName);
    problems.push(
      `${parsed.filename} starts with "${parsed.distribution}"; expected "${prefix}", the project name "${projectName}" in lower case with runs of "-", "_" and "." as "_"` + (sameProject ? ". PyPI expects normalised file names (PEP 625 and the wheel specification): upgrade the build backend (setuptools normalises them from 69.3 on) and rebuild." : ". The file belongs to another project: build from the project being released, into an empty dist folder.")
    );
  }
  const expected = version === void 0 ? void 0 : parsePep440(version);
  const found = parsePep440(parsed.version);
  if (!found) {
    problems.push(
      `${parsed.filename} has version "${parsed.version}", which is not a PEP 440 version; expected ${version === void 0 ? "a PEP 440 version" : `"${expected?.normalized ?? version}"`}. Rebuild from the release commit.`
    );
  } else if (expected && found.normalized !== expected.normalized) {
    const advice = diagnoseScmVersion(expected.normalized, found.normalized) ? "The build computed its version from git; the metadata problem says why and what to change." : `Delete the stale file from the dist folder, or set the project's version to ${expected.normalized} and rebuild.`;
    problems.push(
      `${parsed.filename} is version ${found.normalized}; expected ${expected.normalized}, the version being released. ${advice}`
    );
  } else if (parsed.version !== found.normalized) {
    problems.push(
      `${parsed.filename} writes the version as "${parsed.version}"; expected the normal form "${found.normalized}". Upgrade the build backend and rebuild.`
    );
  }
  return problems;
}

// src/artifacts/platform-tags.ts
var STATIC = /* @__PURE__ */ new Set([
  "any",
  "win32",
  "win_amd64",
  "win_arm64",
  "win_ia64",
  "manylinux1_x86_64",
  "manylinux1_i686",
  "manylinux2010_x86_64",
  "manylinux2010_i686",
  "manylinux2014_x86_64",
  "manylinux2014_i686",
  "manylinux2014_aarch64",
  "manylinux2014_armv7l",
  "manylinux2014_ppc64",
  "manylinux2014_ppc64le",
  "manylinux2014_s390x",
  // The only plain linux_* tags the index takes (Raspberry Pi wheels from piwheels' era).
  "linux_armv6l",
  "linux_armv7l"
]);
var MACOS_ARCHES = /* @__PURE__ */ new Set([
  "ppc",
  "ppc64",
  "i386",
  "x86_64",
  "arm64",
  "intel",
  "fat",
  "fat3",
  "fat64",
  "universal",
  "universal2"
]);
var MACOS_MAJORS = /* @__PURE__ */ new Set(["11", "12", "13", "14", "15", "26"]);
var LINUX_ARCHES = ["x86_64", "i686", "aarch64", "armv7l", "ppc64le", "s390x", "riscv64"];
var MANYLINUX_ARCHES = /* @__PURE__ */ new Set([...LINUX_ARCHES, "ppc64"]);
var MUSLLINUX_ARCHES = new Set(LINUX_ARCHES);
var IOS_ARCHES = /* @__PURE__ */ new Set(["arm64", "x86_64"]);
var ANDROID_ARCHES = /* @__PURE__ */ new Set(["armeabi_v7a", "arm64_v8a", "x86", "x86_64"]);
function pypiAcceptsPlatform(tag) {
  if (STATIC.has(tag)) return true;
  let match = /^macosx_(\d+)_(\d+)_(.+)$/.exec(tag);
  if (match) {
    const [, major, minor, arch] = match;
    if (!MACOS_ARCHES.has(arch)) return false;
    return major === "10" || MACOS_MAJORS.has(major) && minor === "0";
  }
  match = /^(many|musl)linux_\d+_\d+_(.+)$/.exec(tag);
  if (match) return (match[1] === "many" ? MANYLINUX_ARCHES : MUSLLINUX_ARCHES).has(match[2]);
  match = /^ios_\d+_\d+_(.+)_(?:iphoneos|iphonesimulator)$/.exec(tag);
  if (match) return IOS_ARCHES.has(match[1]);
  match = /^android_\d+_(.+)$/.exec(tag);
  if (match) return ANDROID_ARCHES.has(match[1]);
  return /^pyemscripten_\d+_\d+_wasm32$/.test(tag);
}
function platformAdvice(tag) {
  if (/^linux_/.test(tag)) {
    return `${tag} is what a compiler on one Linux machine names its wheel; PyPI takes only manylinux or musllinux wheels, which run on other distributions. Build in a manylinux container (cibuildwheel, maturin-action with manylinux: auto) or repair the wheel with auditwheel repair`;
  }
  if (/^macosx_/.test(tag)) {
    return `${tag} is not a macOS tag PyPI knows: it takes macosx_10_<minor>_<arch> and, from macOS 11 on, macosx_<major>_0_<arch>. Set MACOSX_DEPLOYMENT_TARGET to a supported version and rebuild (cibuildwheel does), or repair the wheel with delocate`;
  }
  return `${tag} is not a platform PyPI accepts (any, win32, win_amd64, win_arm64, manylinux, musllinux, macosx, ios, android, pyemscripten). Build the wheel with cibuildwheel or maturin-action, which tag it for the index`;
}

// src/artifacts/wheel-set.ts
var IGNORED = /* @__PURE__ */ new Set([".gitignore"]);
function strayAdvice(filename) {
  if (/\.zip$/i.test(filename))
    return "a .zip sdist, which PyPI no longer accepts: sdists are .tar.gz only (PEP 625). Build the sdist with a current backend (python -m build --sdist) and leave this file out";
  if (/\.egg$/i.test(filename))
    return "an egg, which PyPI no longer accepts: release wheels instead and leave this file out";
  if (/\.(exe|msi|rpm|dmg)$/i.test(filename))
    return "an installer format PyPI no longer accepts: release wheels instead and leave this file out";
  if (/\.(tgz|tar\.bz2|tar\.xz|tar)$/i.test(filename))
    return "an sdist in a format PyPI refuses: sdists are {name}-{version}.tar.gz (PEP 625). Build it with python -m build --sdist and leave this file out";
  return "neither a wheel (.whl) nor an sdist (.tar.gz); everything in dist-dir is uploaded, so leave it out of the downloaded artifacts (upload-artifact path: ./wheelhouse/*.whl)";
}
function sortDistFiles(found, folders) {
  const problems = [];
  const warnings = [];
  for (const folder2 of folders) {
    problems.push({
      title: "Unexpected folder in dist-dir",
      message: `${folder2} is a folder inside dist-dir; expected only wheels and sdists. actions/download-artifact puts each artifact in a folder of its own unless merge-multiple: true is set: set it, or point dist-dir at the folders with a glob (dist/*/).`
    });
  }
  const byName2 = /* @__PURE__ */ new Map();
  for (const file of found) {
    if (IGNORED.has(file.filename)) continue;
    byName2.set(file.filename, [...byName2.get(file.filename) ?? [], file]);
  }
  const wheels = [];
  const sdists = [];
  for (const [filename, copies] of [...byName2].sort(([a], [b]) => a < b ? -1 : 1)) {
    const first = copies[0];
    if (copies.length > 1) {
      const shown = copies.map((copy) => copy.shown).join(", ");
      if (copies.every((copy) => copy.sha256 === first.sha256)) {
        warnings.push({
          title: "Same file twice",
          message: `${filename} is in dist-dir ${copies.length} times with the same content (${shown}); it is released once. Build each file in one matrix leg only.`
        });
      } else {
        problems.push({
          title: "Duplicate file",
          message: `${filename} is in dist-dir ${copies.length} times with different content (${copies.map((copy) => `${copy.shown} sha256 ${copy.sha256}`).join(", ")}); only one can be uploaded. Two matrix legs built the same file: build it in one leg only (a pure-Python wheel or the sdist belongs in a job of its own), then run the workflow again.`
        });
      }
    }
    if (filename.endsWith(".whl")) wheels.push(first);
    else if (filename.endsWith(".tar.gz")) sdists.push(first);
    else {
      problems.push({
        title: "Unexpected file in dist-dir",
        message: `${first.shown} is ${strayAdvice(filename)}.`
      });
    }
  }
  return { wheels, sdists, problems, warnings };
}
var LISTED = 10;
function listing(items) {
  const shown = items.slice(0, LISTED).join(", ");
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}
function expandTags(parsed) {
  return parsed.pythonTags.flatMap(
    (python) => parsed.abiTags.flatMap(
      (abi) => parsed.platformTags.map((platform) => `${python}-${abi}-${platform}`)
    )
  );
}
function sdistCountProblems(sdists, options) {
  if (sdists.length > 1) {
    return {
      problems: [
        {
          title: "Several sdists",
          message: `${options.distDir} holds ${sdists.length} sdists (${listing(sdists.map((s) => s.filename))}); PyPI takes one sdist per release. Build the sdist in one job (python -m build --sdist) and leave the others out.`
        }
      ],
      warnings: []
    };
  }
  if (sdists.length === 1) return { problems: [], warnings: [] };
  const missing = {
    title: "Missing sdist",
    message: `${options.distDir} holds no sdist (.tar.gz), so installers on platforms without a wheel have nothing to build from. Add a job that builds it (pipx run build --sdist, or maturin sdist) and download its artifact with the wheels${options.requireSdist ? "" : "; require-sdist: true makes this an error"}.`
  };
  return options.requireSdist ? { problems: [missing], warnings: [] } : { problems: [], warnings: [missing] };
}
function tagProblems(wheels) {
  const problems = [];
  const owner = /* @__PURE__ */ new Map();
  const clashes = /* @__PURE__ */ new Map();
  for (const wheel of wheels) {
    const parsed = parseWheelFilename(wheel.filename);
    if (!parsed) continue;
    const refused2 = [...new Set(parsed.platformTags.filter((tag) => !pypiAcceptsPlatform(tag)))];
    for (const tag of refused2) {
      problems.push({
        title: "Platform tag PyPI refuses",
        message: `${wheel.filename} has the platform tag ${tag}, which PyPI refuses on upload. ${platformAdvice(tag)}.`
      });
    }
    for (const tag of expandTags(parsed)) {
      const key = `${parsed.build ?? ""} ${tag}`;
      const first = owner.get(key);
      if (first === void 0) owner.set(key, wheel.filename);
      else if (first !== wheel.filename) {
        const pair = `${first} and ${wheel.filename}`;
        clashes.set(pair, [...clashes.get(pair) ?? [], tag]);
      }
    }
  }
  for (const [pair, tags] of clashes) {
    problems.push({
      title: "Two wheels for one tag",
      message: `${pair} are both for ${listing(tags)}, so an installer would pick either. Keep one: two matrix legs built the same wheel (or one was repaired and the original kept); remove the other from the artifacts.`
    });
  }
  return problems;
}
var NOT_COMPARED = /* @__PURE__ */ new Set(["metadata-version", "dynamic", "name", "version"]);
var DESCRIPTION = "description";
function fieldValues(metadata, field) {
  if (field === DESCRIPTION) {
    const text2 = metadata.fields.get(DESCRIPTION)?.[0] ?? metadata.body ?? "";
    return text2.trim() ? [text2.replace(/\s+$/, "")] : [];
  }
  return [...metadata.fields.get(field) ?? []].map((value) => value.trim()).sort();
}
function sameValues(a, b) {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
function shownValue(values) {
  if (values.length === 0) return "(absent)";
  const text2 = values.join(" | ");
  return JSON.stringify(text2.length > 120 ? `${text2.slice(0, 117)}...` : text2);
}
var FIELD_NAMES = { description: "Description (the long description)" };
function fieldLabel(field) {
  return FIELD_NAMES[field] ?? field.replace(/(^|-)([a-z])/g, (_, dash, c) => dash + c.toUpperCase());
}
function metadataProblems(wheels, sdists) {
  const sdist = sdists.length === 1 ? sdists[0] : void 0;
  const reference = sdist?.metadata ? sdist : wheels.find((wheel) => wheel.metadata);
  if (!reference?.metadata) return [];
  const dynamic = new Set(
    (sdist?.metadata?.fields.get("dynamic") ?? []).map((field) => field.trim().toLowerCase())
  );
  const problems = [];
  for (const wheel of wheels) {
    if (wheel === reference || !wheel.metadata) continue;
    const fields = /* @__PURE__ */ new Set([
      ...reference.metadata.fields.keys(),
      ...wheel.metadata.fields.keys(),
      DESCRIPTION
    ]);
    const differences = [];
    for (const field of [...fields].sort()) {
      if (NOT_COMPARED.has(field) || dynamic.has(field)) continue;
      const theirs = fieldValues(reference.metadata, field);
      const ours = fieldValues(wheel.metadata, field);
      if (!sameValues(theirs, ours)) {
        differences.push(`${fieldLabel(field)}: ${shownValue(ours)} here, ${shownValue(theirs)}`);
      }
    }
    if (differences.length === 0) continue;
    problems.push({
      title: "Metadata differs between files",
      message: `${wheel.filename} and ${reference.filename} disagree on ${listing(differences)}. Every file of a release must say the same${sdist ? " on each field the sdist does not mark Dynamic (core metadata 2.2)" : ""}: build every wheel and the sdist from the tagged commit with the same pyproject.toml, or mark a field that is computed per platform as dynamic.`
    });
  }
  return problems;
}
function wheelSetProblems(wheels, sdists, options) {
  const counted = sdistCountProblems(sdists, options);
  const problems = [...counted.problems];
  if (wheels.length === 0) {
    problems.push({
      title: "Missing wheel",
      message: `${options.distDir} holds no wheel (.whl). Download the wheel artifacts of the build matrix into it (actions/download-artifact with pattern and merge-multiple: true).`
    });
  }
  problems.push(...tagProblems(wheels), ...metadataProblems(wheels, sdists));
  return { problems, warnings: counted.warnings };
}

// src/artifacts/wheel-fit.ts
function folderInstallArgs(requirement, dirs, extra = []) {
  return [
    "pip",
    "install",
    ...extra,
    "--only-binary",
    ":all:",
    "--no-index",
    ...dirs.flatMap((dir) => ["--find-links", dir]),
    "--no-deps",
    requirement
  ];
}
function dependencyInstallArgs(requirement, dirs, extra = []) {
  return ["pip", "install", ...extra, ...dirs.flatMap((dir) => ["--find-links", dir]), requirement];
}
function fittingWheels(filenames, supported) {
  const rank = new Map(supported.map((tag, index) => [tag, index]));
  const ranked = [];
  for (const filename of filenames) {
    const parsed = parseWheelFilename(filename);
    if (!parsed) continue;
    const best = Math.min(...expandTags(parsed).map((tag) => rank.get(tag) ?? Infinity));
    if (best !== Infinity) ranked.push({ filename, best });
  }
  return ranked.sort((a, b) => a.best - b.best).map((item) => item.filename);
}
var SHOWN_TAGS = 8;
function noFittingWheelMessage(options) {
  const has = options.filenames.flatMap((filename) => {
    const parsed = parseWheelFilename(filename);
    return parsed ? [expandTags(parsed).join(", ")] : [];
  });
  const wants = options.supported.slice(0, SHOWN_TAGS).join(", ");
  const more = options.supported.length - SHOWN_TAGS;
  return `No wheel in dist-dir installs on this runner's ${options.interpreter}, so ${options.requirement} could not be tested. The wheels are for ${has.length ? has.join("; ") : "nothing (no wheel)"}; this interpreter takes ${options.supported.length ? `${wants}${more > 0 ? ` and ${more} more` : ""}` : "tags it could not list"}. Run the release job with a Python a wheel was built for (actions/setup-python, and pass its python-path as python), or add a wheel for it to the build matrix; the sdist is never built here.`;
}

// src/artifacts/install-from-folders.ts
async function installFromFolders(options) {
  const { run, command, wrap, release, requirement } = options;
  try {
    await run(
      `Installing ${requirement} from dist-dir`,
      command,
      wrap(folderInstallArgs(requirement, release.dirs))
    );
  } catch (error) {
    const found = await interpreterTags(options.python);
    if (found.tags.length > 0 && fittingWheels(release.wheels, found.tags).length === 0) {
      throw new UserError(
        noFittingWheelMessage({
          filenames: release.wheels,
          supported: found.tags,
          interpreter: found.label,
          requirement
        }),
        "No wheel for this runner"
      );
    }
    throw error;
  }
  await run(
    `Installing the dependencies of ${requirement}`,
    command,
    wrap(dependencyInstallArgs(requirement, release.dirs))
  );
}

// src/artifacts/wheel-test.ts
var PROBE = `
import importlib, importlib.metadata, json, sys, traceback
found = []
for name in json.loads(sys.argv[1]):
    try:
        module = importlib.import_module(name)
    except BaseException:
        found.append({"name": name, "error": traceback.format_exc(limit=-3).strip()})
        continue
    version = getattr(module, "__version__", None)
    found.append({"name": name, "file": getattr(module, "__file__", None),
                  "version": version if isinstance(version, str) else None})
try:
    installed = importlib.metadata.version(sys.argv[2])
except importlib.metadata.PackageNotFoundError:
    installed = None
print("pyrelease-probe " + json.dumps({"modules": found, "installed": installed}))
`;
function parseProbeOutput(stdout) {
  const line = stdout.split(/\r?\n/).reverse().find((text2) => text2.startsWith("pyrelease-probe "));
  return line === void 0 ? void 0 : JSON.parse(line.slice("pyrelease-probe ".length));
}
function probeProblems(probe, projectName, version) {
  const problems = [];
  for (const module of probe.modules) {
    if (module.error !== void 0) {
      problems.push(
        `import ${module.name} failed in the fresh environment:
${module.error}
A dependency missing from [project].dependencies, or a file the wheel lacks, are the usual causes; if ${module.name} is not meant to be imported on its own, name the package to test in import-name.`
      );
    } else if (module.version && !samePep440(module.version, version)) {
      problems.push(
        `${module.name}.__version__ is ${module.version}; expected ${version}. Make the version in the package's code the release's (or read it with importlib.metadata.version("${projectName}")) and rebuild.`
      );
    }
  }
  if (probe.installed !== null && !samePep440(probe.installed, version)) {
    problems.push(
      `The installed distribution ${projectName} says version ${probe.installed}; expected ${version}. Install the wheel of this release, built from the tagged commit.`
    );
  }
  const imported = probe.modules.filter((module) => module.error === void 0);
  if (problems.length === 0 && probe.installed === null && !imported.some((m) => m.version)) {
    problems.push(
      `Neither the installed distribution ${projectName} nor ${imported.map((m) => `${m.name}.__version__`).join(", ") || "any imported module"} gave a version; expected ${version}. Check that the wheel's METADATA names ${projectName}.`
    );
  }
  return problems;
}
var pipProbes = /* @__PURE__ */ new Map();
function pipCanTargetOtherPython(python) {
  let probe = pipProbes.get(python);
  if (!probe) {
    probe = runCommand(python, ["-m", "pip", "--version"], { outsideWorkspace: true }).then(
      (result) => {
        const [major = 0, minor = 0] = (/^pip (\d+)\.(\d+)/.exec(result.stdout)?.slice(1) ?? []).map(Number);
        return result.exitCode === 0 && (major > 22 || major === 22 && minor >= 3);
      },
      // Asked ahead of time: a missing interpreter is reported by the step that needs it, and
      // this promise never rejects unobserved.
      () => false
    );
    pipProbes.set(python, probe);
  }
  return probe;
}
function venvPython(venv, platform = process.platform) {
  return venvExecutable(venv, "python", platform);
}
var ISOLATED = {
  PYTHONSAFEPATH: "1",
  PYTHONPATH: "",
  PIP_DISABLE_PIP_VERSION_CHECK: "1",
  PIP_NO_INPUT: "1"
};
function environmentRunner(venv, commands) {
  return async (what, command, args, program) => {
    commands.push(showCommand(command, program === void 0 ? args : ["<program>", ...args]));
    const options = {
      cwd: venv,
      env: buildEnvironment(process.env, ISOLATED),
      inheritEnv: false
    };
    const result = program === void 0 ? await runCommand(command, args, options) : await runPythonScript(command, program, args, options);
    if (result.exitCode !== 0) {
      throw new UserError(
        `${what} failed (${showCommand(command, args)}):
${outputTail(result)}`,
        "Wheel test failed"
      );
    }
    return result;
  };
}
async function installRelease(options, venv, python, run) {
  const target = options.fromIndex ? `${options.projectName}==${options.version}` : options.wheel;
  const what = options.fromIndex ? `Installing ${target} from ${options.fromIndex}` : `Installing ${path4.basename(target)}`;
  const pipArgs = pipInstallArgs(
    target,
    options.fromIndex ? { noDeps: true, indexUrl: options.fromIndex } : {}
  );
  const install = (command, args, wrap) => options.fromFolders ? installFromFolders({
    run,
    command,
    wrap,
    release: options.fromFolders,
    requirement: `${options.projectName}==${options.version}`,
    python: options.python
  }) : run(what, command, args);
  if (options.builder === "uv" && options.uvPath && !options.fromIndex) {
    await run("Creating the test environment", options.uvPath, uvVenvArgs(venv, options.python));
    await install(options.uvPath, uvPipInstallArgs(python, target), (pip) => [
      ...pip.slice(0, 2),
      "--quiet",
      "--python",
      python,
      ...pip.slice(2)
    ]);
  } else if (await pipCanTargetOtherPython(options.python)) {
    await run("Creating the test environment", options.python, [
      ...venvArgs(venv),
      "--without-pip"
    ]);
    const wrap = (pip) => ["-m", "pip", "--python", python, ...pip.slice(1)];
    await install(options.python, wrap(pipArgs), wrap);
  } else {
    await run("Creating the test environment", options.python, venvArgs(venv));
    await install(python, ["-m", ...pipArgs], (pip) => ["-m", ...pip]);
  }
}
async function importRelease(options, python, run) {
  if (options.importNames.length === 0) {
    throw new UserError(
      `Nothing to import from ${path4.basename(options.wheel)}: the inspection found no package or module in it. Name the package in import-name.`,
      "Wheel test failed"
    );
  }
  const names2 = options.importNames.join(", ");
  const output = await run(
    `Importing ${names2}`,
    python,
    [JSON.stringify(options.importNames), options.projectName],
    PROBE
  );
  const probe = parseProbeOutput(output.stdout);
  if (!probe) {
    throw new UserError(
      `Importing ${names2} printed no report (${outputTail(output)}); expected the probe's last line. Something in the import replaced sys.stdout or ended the process.`,
      "Wheel test failed"
    );
  }
  const problems = probeProblems(probe, options.projectName, options.version);
  if (problems.length > 0) throw new UserError(problems.join("\n"), "Wheel test failed");
  return probe;
}
async function testWheel(options) {
  const venv = await mkdtemp2(
    path4.join(process.env.RUNNER_TEMP || tmpdir2(), "pyrelease-wheel-test-")
  );
  const python = venvPython(venv);
  const commands = [];
  const run = environmentRunner(venv, commands);
  try {
    await installRelease(options, venv, python, run);
    const probe = await importRelease(options, python, run);
    const seen = probe.installed ?? probe.modules.find((module) => module.version).version;
    if (options.smokeTest.trim()) {
      await run("The smoke test", python, [], options.smokeTest);
    }
    return { installedVersion: seen, imported: probe.modules, commands };
  } finally {
    await rm3(venv, { recursive: true, force: true });
  }
}

// src/release/steps/checks-step.ts
function noteDefaultedToRst(files) {
  if (files.length === 0) return;
  const names2 = files.map((file) => path5.basename(file)).join(", ");
  annotate({
    level: "notice",
    title: "No content type for the long description",
    message: `${names2} declare no long_description_content_type (no Description-Content-Type in the metadata): PyPI renders the long description as reStructuredText, which is how twine check rendered it. To declare the type (say, Markdown), use readme = "README.md" in [project] (the file's extension sets it), long_description_content_type="text/markdown" in setup(), or long_description_content_type = text/markdown in setup.cfg's [metadata].`
  });
}
var twineCheckStep = releaseStep({
  name: "twine check",
  sideEffect: false,
  reads: ["inspection", "twine"],
  async run(state) {
    const { files } = state.inspection;
    const checked = await twineCheck(
      state.twine,
      files.map((file) => file.path)
    );
    noteDefaultedToRst(checked.defaultedToRst);
    const rst = checked.defaultedToRst.length > 0 ? " (no content type: reStructuredText)" : "";
    return `twine check --strict: ${files.length} files${rst}`;
  }
});
var testTheWheel = releaseStep({
  name: "Test the wheel",
  sideEffect: false,
  reads: ["inspection", "validated"],
  mayRead: ["uv"],
  async run(state) {
    const { inputs } = state;
    const { inspection } = state;
    const tested = await testWheel({
      builder: inputs.builder,
      python: inputs.python,
      uvPath: state.uv?.path,
      wheel: inspection.wheel.path,
      projectName: state.validated.name,
      importNames: inspection.importNames,
      version: inspection.builtVersion,
      smokeTest: inputs.smokeTest,
      fromFolders: inspection.fromFolders
    });
    return `import ${inspection.importNames.join(", ")} \u2192 ${tested.installedVersion}`;
  }
});

// src/release/steps/dry-run-step.ts
var publishPlan = releaseStep({
  name: "Publish",
  sideEffect: true,
  reads: ["inspection", "attestations", "validated", "twine"],
  mayRead: ["attest", "githubAttest"],
  note(state) {
    const { inputs, targets, plan } = state;
    const { files } = state.inspection;
    const { attest } = state.attestations;
    const { validated } = state;
    if (validated.fromBuild) {
      plan.push(
        `upload nothing: the commit is not tagged, and the build computed ${validated.version}; tag the commit with the version to release, written as its earlier tags are, and run again`
      );
      return { status: "dry run", detail: `not tagged (${validated.version})` };
    }
    if (state.attest) {
      plan.push(
        `sign a PEP 740 publish attestation for ${files.map((file) => file.filename).join(", ")} with Sigstore, as this workflow`
      );
    }
    for (const [i, target] of (inputs.publish ? targets : []).entries())
      plan.push(describeUpload(state.twine, target, files, attest[i]));
    if (state.githubAttest?.dryRunPlan) plan.push(state.githubAttest.dryRunPlan);
    return {
      status: "dry run",
      detail: inputs.publish ? targets.map((target) => target.index.label).join(", ") : "publish: false"
    };
  }
});
var githubReleasePlan = releaseStep({
  name: "GitHub release",
  sideEffect: true,
  reads: ["validated", "inspection"],
  note(state) {
    const { inputs, plan } = state;
    const { check, tag, version, fromBuild } = state.validated;
    if (fromBuild) return { status: "dry run", detail: "not tagged" };
    const { files } = state.inspection;
    plan.push(
      `GitHub release ${tag}: ${inputs.draft ? "draft" : "published"}${check.prerelease ? ", pre-release" : ""}, assets ${files.map((file) => file.filename).join(", ")}`
    );
    if (inputs.closeMilestone) plan.push(`close the milestone ${tag} or ${version}, if open`);
    return { status: "dry run", detail: tag };
  }
});

// src/release/steps/exact-tag-step.ts
var exactTag = releaseStep({
  name: "Exact tag",
  sideEffect: false,
  async run({ context, inputs, requestedTag }) {
    const tag = requestedTag;
    const commit = await requireExactTag(
      context.workspace,
      await resolveProjectDir(context.workspace, inputs.workingDirectory),
      tag,
      !inputs.distDir
    );
    return `HEAD is ${tag} (${commit.slice(0, 12)})${inputs.distDir ? "" : ", no uncommitted files"}`;
  }
});

// src/release/steps/github-step.ts
import { readFile } from "node:fs/promises";
import path6 from "node:path";

// src/github/previous-tag.ts
async function choosePreviousTag(version, prefix, projectNames, sources, warn = (message) => info(message)) {
  const local = previousTag(sources.local, prefix, version, projectNames);
  if (local !== void 0) return local;
  if (sources.api) {
    try {
      const fromApi = previousTag(await sources.api(), prefix, version, projectNames);
      if (fromApi !== void 0) return fromApi;
    } catch (error) {
      warn(
        `The repository's tags could not be listed (${error instanceof Error ? error.message : String(error)}); the compare link starts from the published releases.`
      );
    }
  }
  const published = sources.releases.filter((release) => !release.draft);
  return previousTag(
    published.map((release) => release.tagName),
    prefix,
    version,
    projectNames
  );
}

// src/changelog/rst-to-markdown.ts
var CODE_DIRECTIVE = /^(\s*)\.\.\s+(?:code-block|code|sourcecode)::[ \t]*(\S*)/;
var DIRECTIVE = /^(\s*)\.\.\s+([\w:-]+)::[ \t]*(.*)$/;
var COMMENT = /^(\s*)\.\.(?:\s|$)/;
var OPTION = /^\s+:[\w-]+:/;
var ISSUE_ROLES = /* @__PURE__ */ new Set(["issue", "pr", "pull", "gh", "ghissue", "ghpull", "bug"]);
function indentOf(line) {
  return line.length - line.trimStart().length;
}
function role(name, content) {
  const roleName = name.split(":").pop().toLowerCase();
  const titled = /^([^<]*)<([^>]*)>$/.exec(content);
  const shown = (titled ? titled[1].trim() || titled[2] : content).trim();
  if (ISSUE_ROLES.has(roleName)) {
    return shown.split(/\s*,\s*/).map((issue) => /^\d+$/.test(issue) ? `#${issue}` : issue).join(", ");
  }
  if (roleName === "user") return `@${shown.replace(/^@/, "")}`;
  const text2 = shown.startsWith("~") ? shown.slice(1).split(".").pop() : shown.replace(/^!/, "");
  return `\`${text2}\``;
}
function inlineText(text2) {
  return text2.replace(
    /(?<![\w:])((?::[\w-]+)+):`([^`]+)`/g,
    (_, name, content) => role(name.slice(1), content)
  ).replace(
    /`([^`<]*)<([^>`]+)>`__?/g,
    (_, label, url) => label.trim() ? `[${label.trim()}](${url})` : `<${url}>`
  ).replace(/`([^`]+)`__?(?![\w])/g, "$1");
}
function inlineRst(line) {
  const parts = line.split("``");
  if (parts.length < 3) return inlineText(line);
  let out = "";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const isCode = i % 2 === 1 && i < parts.length - 1;
    if (isCode) out += part.includes("`") ? `\`\` ${part} \`\`` : `\`${part}\``;
    else out += inlineText(i % 2 === 1 ? `\`\`${part}` : part);
  }
  return out;
}
function indentedBlock(lines, start, base2) {
  let end = start;
  const block = [];
  while (end < lines.length) {
    const line = lines[end];
    if (line.trim() !== "" && indentOf(line) <= base2) break;
    block.push(line);
    end++;
  }
  while (block.length > 0 && block[block.length - 1].trim() === "") {
    block.pop();
    end--;
  }
  const content = block.filter((line) => line.trim() !== "");
  const cut = content.length ? Math.min(...content.map(indentOf)) : 0;
  return { block: block.map((line) => line.slice(cut)), end };
}
function fence(out, indent, language, block) {
  out.push(`${indent}\`\`\`${language}`, ...block.map((line) => line ? indent + line : ""));
  out.push(`${indent}\`\`\``);
}
function pushTitle({ out, levels }, key, title2) {
  if (!levels.has(key)) levels.set(key, levels.size);
  out.push(`${"#".repeat(Math.min(3 + levels.get(key), 6))} ${inlineRst(title2.trim())}`);
}
var title = (conversion, i) => {
  const { lines } = conversion;
  const line = lines[i];
  const next = lines[i + 1];
  const over = adornmentChar(line);
  if (over && next?.trim() && adornmentChar(lines[i + 2]) === over && !adornmentChar(next)) {
    pushTitle(conversion, `over${over}`, next);
    return i + 2;
  }
  const under = adornmentChar(next);
  if (under && line.trim() && indentOf(line) === 0 && !adornmentChar(line)) {
    pushTitle(conversion, `under${under}`, line);
    return i + 1;
  }
  return void 0;
};
var transition = ({ lines, out }, i) => {
  const line = lines[i];
  if (!adornmentChar(line) || line.trim().length < 4 || lines[i + 1]?.trim()) return void 0;
  out.push("---");
  return i;
};
var codeBlock = ({ lines, out }, i) => {
  const code = CODE_DIRECTIVE.exec(lines[i]);
  if (!code) return void 0;
  let start = i + 1;
  while (start < lines.length && (OPTION.test(lines[start]) || !lines[start].trim())) start++;
  const { block, end } = indentedBlock(lines, start, code[1].length);
  fence(out, code[1], code[2] ?? "", block);
  return end - 1;
};
var directive = ({ lines, out }, i) => {
  const found = DIRECTIVE.exec(lines[i]);
  if (!found) return void 0;
  const indent = found[1];
  let start = i + 1;
  while (start < lines.length && OPTION.test(lines[start])) start++;
  const { block, end } = indentedBlock(lines, start, indent.length);
  const name = found[2].replace(/^\w+:/, "");
  const heading = name.charAt(0).toUpperCase() + name.slice(1).replace(/[-_]/g, " ");
  out.push(`${indent}**${heading}**${found[3] ? ` ${inlineRst(found[3])}` : ""}`);
  for (const content of block) out.push(content ? indent + inlineRst(content) : "");
  return end - 1;
};
var comment = ({ lines }, i) => {
  const found = COMMENT.exec(lines[i]);
  return found ? indentedBlock(lines, i + 1, found[1].length).end - 1 : void 0;
};
var literalBlock = ({ lines, out }, i) => {
  const line = lines[i];
  if (!line.trimEnd().endsWith("::")) return void 0;
  const base2 = indentOf(line);
  const text2 = line.trimEnd().slice(0, -2).trimEnd();
  if (text2.trim()) out.push(inlineRst(text2.endsWith(" ") ? text2.trimEnd() : `${text2}:`));
  let start = i + 1;
  while (start < lines.length && !lines[start].trim()) start++;
  const { block, end } = indentedBlock(lines, start, base2);
  if (block.length === 0) return i;
  const item = /^\s*(?:[-*+•]|\d+[.)]|#\.)\s+/.exec(line);
  out.push("");
  fence(out, " ".repeat(item ? item[0].length : base2), "", block);
  return end - 1;
};
var RULES = [title, transition, codeBlock, directive, comment, literalBlock];
function rstToMarkdown(rst) {
  const lines = rst.replace(/\r\n/g, "\n").split("\n");
  const conversion = { lines, out: [], levels: /* @__PURE__ */ new Map() };
  const { out } = conversion;
  for (let i = 0; i < lines.length; i++) {
    let last;
    for (const rule of RULES) {
      last = rule(conversion, i);
      if (last !== void 0) break;
    }
    if (last === void 0) out.push(inlineRst(lines[i]));
    else i = last;
  }
  while (out.length > 0 && (out[out.length - 1] === "---" || !out[out.length - 1].trim())) {
    out.pop();
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

// src/changelog/release-notes.ts
var FENCE = "```";
function releaseNotes(input) {
  const { projectName: name, version, repositoryUrl: repo } = input;
  const parts = [];
  const section = input.changelogFormat === "rst" && input.changelogSection ? rstToMarkdown(input.changelogSection) : input.changelogSection;
  parts.push(section?.trim() || `Release ${version} of ${name}.`);
  parts.push(
    [
      "## Installation",
      "",
      `${FENCE}bash`,
      `pip install ${name}==${version}`,
      FENCE,
      "",
      "Or with uv:",
      "",
      `${FENCE}bash`,
      `uv add ${name}==${version}`,
      FENCE
    ].join("\n")
  );
  parts.push(
    [
      "## Upgrade",
      "",
      `${FENCE}bash`,
      `pip install --upgrade ${input.prerelease ? "--pre " : ""}${name}`,
      FENCE
    ].join("\n")
  );
  if (input.verification?.trim()) parts.push(input.verification.trim());
  if (repo) {
    const lines = [];
    lines.push(
      input.previousTag ? `**Full Changelog**: [${input.previousTag}...${input.tag}](${repo}/compare/${input.previousTag}...${input.tag})` : `**Full Changelog**: [${input.tag}](${repo}/commits/${input.tag})`
    );
    if (input.changelogFile) {
      lines.push(
        "",
        `See [${input.changelogFile.split("/").pop()}](${repo}/blob/${input.tag}/${input.changelogFile}) for complete details.`
      );
    }
    parts.push(lines.join("\n"));
  }
  return `${parts.join("\n\n")}
`;
}

// src/github/next-milestone.ts
function splitTitle(title2) {
  const text2 = title2.trim();
  const space = text2.lastIndexOf(" ");
  const word = text2.slice(space + 1);
  const digit = word.search(/\d/);
  if (digit < 0) return void 0;
  const version = word.slice(digit);
  if (!parsePep440(version)) return void 0;
  return { prefix: text2.slice(0, space + 1 + digit), version };
}
function nextTitle(closing, version) {
  const naming = splitTitle(closing.title);
  const next = nextVersion(version, "patch", { style: "pep440" }).pep440;
  return `${naming ? naming.prefix : /^v/.test(closing.title.trim()) ? "v" : ""}${next}`;
}
function chooseNextMilestone(closing, version, open) {
  const prefix = splitTitle(closing.title)?.prefix ?? "";
  const above = open.filter((candidate) => candidate.number !== closing.number).map((candidate) => ({ candidate, split: splitTitle(candidate.title) })).filter(
    ({ split }) => split !== void 0 && split.prefix === prefix && comparePep440(split.version, version) > 0
  ).sort(
    (a, b) => comparePep440(a.split.version, b.split.version) || a.candidate.number - b.candidate.number
  );
  const lowest = above[0]?.candidate;
  return lowest ? { milestone: lowest } : { create: nextTitle(closing, version) };
}

// src/github/release-plan.ts
var NOTES_MARKER = "<!-- written by pyrelease; edit the release to make the notes yours -->";
function withMarker(body) {
  return `${body.replace(/\s+$/, "")}

${NOTES_MARKER}
`;
}
function releaseOfTag(releases, tag) {
  const matches = releases.filter((release) => release.tagName === tag);
  return matches.find((release) => !release.draft) ?? [...matches].sort((a, b) => a.id - b.id)[0];
}
function isOwnNotes(release) {
  return (release.body ?? "").includes(NOTES_MARKER);
}
function sameAsset(old, wanted, trustSize) {
  if ((old.state ?? "uploaded") !== "uploaded" || old.size !== wanted.size) return false;
  if (old.digest) return old.digest === `sha256:${wanted.sha256}`;
  return trustSize;
}
function planAssets(existing, wanted, mayChange) {
  const plan = { upload: [], replace: [] };
  const keep = [];
  const blocked = [];
  for (const asset of wanted) {
    const old = existing.find((candidate) => candidate.name === asset.name);
    if (old && sameAsset(old, asset, !mayChange)) keep.push(asset.name);
    else if (!mayChange) blocked.push(asset.name);
    else if (old) plan.replace.push({ name: asset.name, old });
    else plan.upload.push(asset.name);
  }
  return { ...plan, keep, blocked };
}
function planRelease(existing, request) {
  if (!existing) {
    return {
      create: true,
      keepsNotes: false,
      assets: planAssets([], request.assets, true)
    };
  }
  const frozen = existing.draft ? void 0 : existing.immutable ? "immutable" : request.updatePublished ? void 0 : "published";
  const keepsNotes = !isOwnNotes(existing) && (existing.body ?? "").trim() !== "";
  const mayEdit = existing.draft || request.updatePublished && frozen !== "immutable";
  let update;
  if (mayEdit && !keepsNotes) {
    const fields = {
      ...existing.name !== request.title && { name: request.title },
      ...existing.body !== request.body && { body: request.body },
      ...existing.prerelease !== request.prerelease && { prerelease: request.prerelease }
    };
    if (Object.keys(fields).length > 0) update = fields;
  }
  return {
    create: false,
    ...update && { update },
    keepsNotes,
    ...frozen && { frozen },
    assets: planAssets(existing.assets, request.assets, frozen === void 0)
  };
}
function blockedAssetsWarning(tag, frozen, blocked, paths) {
  const files = blocked.join(", ");
  if (frozen === "immutable") {
    return `The release ${tag} is published and immutable, so ${files} cannot be attached. To ship them with the next release, let pyrelease attach them while it is a draft: publish it with draft: false, or by hand after pyrelease has run.`;
  }
  return `The release ${tag} is published, and pyrelease does not change a published release, so ${files} ${blocked.length === 1 ? "is" : "are"} not attached. Attach ${blocked.length === 1 ? "it" : "them"} with \`gh release upload ${tag} ${paths.join(" ")} --clobber\`, or set update-published-release: true (while the repository's releases are not immutable). For next time: let pyrelease attach the files while the release is a draft.`;
}

// src/github/write-once.ts
var sleep = (ms) => new Promise((resolve3) => setTimeout(resolve3, ms));
function delayMs(error, attempt) {
  if (error.retryAfterSeconds !== void 0) return Math.min(error.retryAfterSeconds, 120) * 1e3;
  return attempt * 1e3;
}
async function once(write, look, options) {
  const attempts = options.attempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (thrown) {
      if (!(thrown instanceof GithubError) || !thrown.retryable) throw thrown;
      if (attempt >= attempts) throw thrown.afterAttempts(attempt);
      options.say?.(`${thrown.what} Looking whether it was done before trying again.`);
      await (options.wait ?? sleep)(delayMs(thrown, attempt));
      const found = await look(thrown);
      if (found !== void 0) return found;
    }
  }
}
function createReleaseOnce(releaser, fields, options = {}) {
  return once(
    () => releaser.createRelease(fields),
    async () => {
      const found = releaseOfTag(await releaser.listReleases(), fields.tagName);
      if (found)
        options.say?.(`GitHub had created the release ${fields.tagName} (id ${found.id}).`);
      return found;
    },
    options
  );
}
function isComplete(asset, name, data, sha256) {
  return asset.name === name && asset.size === data.length && (asset.state ?? "uploaded") === "uploaded" && (!asset.digest || asset.digest === `sha256:${sha256}`);
}
function uploadAssetOnce(releaser, release, file, options = {}) {
  const look = async () => {
    const same = (await releaser.listAssets(release.id)).filter((a) => a.name === file.name);
    const done = same.find((asset) => isComplete(asset, file.name, file.data, file.sha256));
    if (done) {
      options.say?.(`GitHub had received ${file.name} (asset ${done.id}).`);
      return done;
    }
    for (const partial of same) await deleteAssetOnce(releaser, release.id, partial.id, options);
    return void 0;
  };
  return once(
    async () => {
      try {
        return await releaser.uploadAsset(release, file.name, file.data, file.contentType);
      } catch (thrown) {
        if (thrown instanceof GithubError && thrown.status === 422 && thrown.what.includes("already_exists")) {
          const found = await look();
          if (found) return found;
          return releaser.uploadAsset(release, file.name, file.data, file.contentType);
        }
        throw thrown;
      }
    },
    look,
    options
  );
}
async function deleteAssetOnce(releaser, releaseId, assetId, options = {}) {
  const gone = async () => (await releaser.listAssets(releaseId)).some((asset) => asset.id === assetId) ? void 0 : true;
  await once(
    async () => {
      try {
        await releaser.deleteAsset(assetId);
        return true;
      } catch (thrown) {
        if (thrown instanceof GithubError && thrown.status === 404 && await gone()) return true;
        throw thrown;
      }
    },
    gone,
    options
  );
}

// src/github/github-release.ts
function existingRelease(releases, tag, eventReleaseId) {
  const fromEvent = releases.find((release) => release.id === eventReleaseId);
  return fromEvent ?? releaseOfTag(releases, tag);
}
async function keepOneRelease(releaser, created) {
  const kept = releaseOfTag(await releaser.listReleases(), created.tagName);
  if (!kept || kept.id === created.id) return created;
  await releaser.deleteRelease(created.id);
  return kept;
}
async function releaseToComplete(releaser, request, releases, options) {
  const existing = existingRelease(
    releases ?? await releaser.listReleases(),
    request.tag,
    request.eventReleaseId
  );
  if (existing) return { existing };
  const made = await createReleaseOnce(
    releaser,
    {
      tagName: request.tag,
      name: request.title,
      body: withMarker(request.body),
      prerelease: request.prerelease,
      draft: true,
      targetCommitish: request.targetCommitish
    },
    options
  );
  const kept = await keepOneRelease(releaser, made);
  if (kept.id === made.id) return { created: made };
  return { existing: kept, raced: { deleted: made.id, kept: kept.id } };
}
async function publishGithubRelease(releaser, request, releases, options = {}) {
  const { existing, created, raced } = await releaseToComplete(
    releaser,
    request,
    releases,
    options
  );
  const body = withMarker(request.body);
  const plan = planRelease(existing, {
    title: request.title,
    body,
    prerelease: request.prerelease,
    updatePublished: request.updatePublished,
    assets: request.assets.map((file) => ({
      name: file.name,
      size: file.data.length,
      sha256: file.sha256
    }))
  });
  const release = created ?? (plan.update ? await releaser.updateRelease(existing.id, plan.update) : existing);
  const byName2 = new Map(request.assets.map((file) => [file.name, file]));
  const upload = async (name, replaced) => {
    const started = Date.now();
    const asset = byName2.get(name);
    const done = await uploadAssetOnce(releaser, release, asset, options);
    recordOutput(
      `${replaced ? "replaced" : "uploaded"} ${name} (${asset.data.length.toLocaleString("en-US")} bytes, ${seconds(Date.now() - started)})`
    );
    return done;
  };
  const uploaded = await Promise.all([
    ...plan.assets.upload.map((name) => upload(name, false)),
    ...plan.assets.replace.map(async ({ name, old }) => {
      await deleteAssetOnce(releaser, release.id, old.id, options);
      return upload(name, true);
    })
  ]);
  const blocked = plan.assets.blocked;
  return {
    release,
    created: created !== void 0,
    ...raced && { raced },
    plan,
    uploaded,
    ...plan.frozen && blocked.length > 0 && {
      warning: blockedAssetsWarning(
        request.tag,
        plan.frozen,
        blocked,
        blocked.map((name) => byName2.get(name).path)
      )
    }
  };
}
async function nextMilestone(releaser, closing, version, open) {
  const chosen = chooseNextMilestone(closing, version, open);
  if ("milestone" in chosen) return { milestone: chosen.milestone, created: false };
  try {
    return { milestone: await releaser.createMilestone(chosen.create), created: true };
  } catch (error) {
    const found = (await releaser.openMilestones()).find((m) => m.title === chosen.create);
    if (found) return { milestone: found, created: false };
    throw error;
  }
}
async function closeReleaseMilestone(releaser, tag, version) {
  const names2 = /* @__PURE__ */ new Set([tag, version, `v${version}`]);
  const open = await releaser.openMilestones();
  const milestone = open.find((candidate) => names2.has(candidate.title.trim()));
  if (!milestone) return void 0;
  const items = await releaser.milestoneItems(milestone.number);
  let next;
  if (items.length > 0) {
    const found = await nextMilestone(releaser, milestone, version, open);
    for (const item of items) await releaser.setMilestone(item.number, found.milestone.number);
    next = { title: found.milestone.title, created: found.created };
  }
  await releaser.closeMilestone(milestone.number);
  return { title: milestone.title, moved: items, ...next && { next } };
}

// src/release/steps/github-step.ts
function releaserOf(state) {
  if (!state.releaser) throw new Error("Step graph: a GitHub step is declared without a client");
  return state.releaser;
}
var githubAccess = releaseStep({
  name: "GitHub access",
  sideEffect: false,
  writes: ["releases"],
  async run(state) {
    const found = await releaserOf(state).listReleases();
    state.releases = found;
    return `${state.context.repository}: ${found.length} release${found.length === 1 ? "" : "s"}`;
  }
});
async function releaseAssets(state) {
  if (!state.inputs.attachDist) return [];
  return Promise.all(
    state.inspection.files.map(async (artifact) => ({
      name: artifact.filename,
      data: await readFile(artifact.path),
      contentType: artifact.filename.endsWith(".whl") ? "application/zip" : "application/gzip",
      sha256: artifact.sha256,
      path: path6.relative(state.context.workspace, artifact.path)
    }))
  );
}
async function notesOf(state, releaser) {
  const { project, tag, version, tagNames } = state.validated;
  const previousTag2 = await choosePreviousTag(
    version,
    state.inputs.tagPrefix,
    tagNames,
    {
      local: await listTags(state.context.workspace),
      api: () => releaser.listTags(),
      releases: state.releases
    },
    (message) => annotate({ level: "warning", title: "Compare link", message })
  );
  const section = project.changelog ? findRelease(project.changelog.parsed, version)?.body : void 0;
  if (section !== void 0) return { section, previousTag: previousTag2, generated: false };
  const generated = await releaser.generateNotes(tag, previousTag2).catch((error) => {
    annotate({
      level: "warning",
      title: "Release notes",
      message: `GitHub did not generate the release notes (${error.message}); the release says how to install ${version} and links the changes instead.`
    });
    return void 0;
  });
  const body = generated?.replace(/^\*\*Full Changelog\*\*:[^\n]*$/gm, "").trim();
  return { section: body || void 0, previousTag: previousTag2, generated: Boolean(body) };
}
var draftRelease = releaseStep({
  name: "GitHub release (draft)",
  sideEffect: true,
  reads: ["validated", "releases", "inspection"],
  mayRead: ["githubAttest"],
  writes: ["draft", "release"],
  async run(state) {
    const { context, inputs } = state;
    const releaser = releaserOf(state);
    const { releases } = state;
    const { check, project, tag, version, name, tagNames } = state.validated;
    const eventRelease = readEventRelease();
    const released = releases.filter((existing) => !existing.draft && existing.tagName !== tag).map(
      (existing) => tagVersion(existing.tagName, inputs.tagPrefix, tagNames)?.version.normalized
    ).filter((existing) => existing !== void 0);
    const written = await notesOf(state, releaser);
    const result = await publishGithubRelease(
      releaser,
      {
        tag,
        title: tag,
        body: releaseNotes({
          projectName: name,
          version,
          prerelease: check.prerelease,
          tag,
          previousTag: written.previousTag,
          changelogSection: written.section,
          repositoryUrl: `${context.serverUrl}/${context.repository}`,
          changelogFile: written.generated ? void 0 : project.changelog?.file,
          changelogFormat: written.generated ? "markdown" : project.changelog?.parsed.format,
          verification: state.githubAttest?.notes
        }),
        prerelease: check.prerelease,
        assets: await releaseAssets(state),
        updatePublished: inputs.updatePublishedRelease,
        ...eventRelease?.tagName === tag && { eventReleaseId: eventRelease.id }
      },
      releases,
      { say: (message) => annotation("warning", message, { title: "GitHub retry" }) }
    );
    if (result.warning) annotation("warning", result.warning, { title: "Assets not attached" });
    if (result.raced) {
      annotate({
        level: "notice",
        title: "Release made by another run",
        message: `Another run created the release ${tag} at the same time (id ${result.raced.kept}); this run deleted the draft it had created (id ${result.raced.deleted}) and completed that one, so the tag has one release.`
      });
    }
    state.draft = { ...result, makeLatest: shouldBeLatest(version, released) };
    state.release = result.release;
    const what = result.created ? "created" : result.raced ? "kept the other run's" : result.plan.update ? "updated" : "kept";
    const notes = result.plan.keepsNotes ? ", the maintainer's notes kept" : written.generated ? ", notes generated by GitHub" : "";
    const files = result.uploaded.length ? `, attached ${result.uploaded.length}` : "";
    const missing = result.plan.assets.blocked.length ? `, not attached: ${result.plan.assets.blocked.join(", ")}` : "";
    return `${what} ${result.release.draft ? "draft " : ""}${result.release.htmlUrl}${notes}${files}${missing}`;
  }
});
var publishRelease = releaseStep({
  name: "Publish GitHub release",
  sideEffect: true,
  reads: ["draft"],
  writes: ["release"],
  note: ({ inputs, draft }) => {
    if (inputs.draft) return { status: "skipped", detail: "draft: true keeps it a draft" };
    if (!draft.release.draft) return { status: "skipped", detail: "already published" };
    return void 0;
  },
  async run(state) {
    const { draft } = state;
    const makeLatest = draft.makeLatest;
    const category = state.inputs.discussionCategory;
    const release = await releaserOf(state).updateRelease(draft.release.id, {
      draft: false,
      makeLatest: makeLatest ? "true" : "false",
      ...category && !draft.release.discussionUrl && { discussionCategoryName: category }
    });
    state.release = release;
    const discussion = release.discussionUrl ? `, discussion ${release.discussionUrl}` : "";
    return `${release.htmlUrl}${makeLatest ? ", latest" : ", not latest"}${discussion}`;
  }
});
var closeMilestone = releaseStep({
  name: "Close milestone",
  sideEffect: true,
  reads: ["validated"],
  writes: ["milestone"],
  async run(state) {
    const { tag, version } = state.validated;
    const closed = await closeReleaseMilestone(releaserOf(state), tag, version);
    if (!closed) return "no open milestone for this version";
    state.milestone = closed;
    for (const item of closed.moved) {
      recordOutput(`moved #${item.number} ${item.title} to ${closed.next.title}`);
    }
    const moved = closed.next ? `; moved ${closed.moved.length} open issue${closed.moved.length === 1 ? "" : "s"} and pull request${closed.moved.length === 1 ? "" : "s"} to ${closed.next.title}${closed.next.created ? " (created)" : ""}` : "";
    return `closed ${closed.title}${moved}`;
  }
});
var nextCyclePullRequest = releaseStep({
  name: "Next cycle pull request",
  sideEffect: true,
  reads: ["validated", "releaseBranch"],
  async run(state) {
    const url = await openNextCyclePullRequest({
      workspace: state.context.workspace,
      project: state.validated.project,
      releaser: releaserOf(state),
      baseBranch: state.releaseBranch,
      tag: state.validated.tag,
      user: parseGitUser(state.inputs.gitUser)
    });
    return url ?? "the changelog already has [Unreleased]";
  }
});

// src/release/steps/inspect-step.ts
import { readdir as readdir5, readFile as readFile4 } from "node:fs/promises";
import path13 from "node:path";

// src/artifacts/inspect.ts
import { readdir as readdir2, stat as stat2 } from "node:fs/promises";
import path10 from "node:path";

// src/artifacts/archive-checks.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path8 from "node:path";

// src/artifacts/metadata.ts
function invalid(label, found) {
  return new UserError(
    `${label} is not valid core metadata: ${found}. Expected \`Field: value\` lines with Metadata-Version, Name and Version; rebuild with a current build backend.`,
    "Invalid package metadata"
  );
}
function parseCoreMetadata(text2, label = "The metadata") {
  const lines = text2.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const fields = /* @__PURE__ */ new Map();
  let last;
  let bodyStart;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === "") {
      bodyStart = index + 1;
      break;
    }
    if (/^[ \t]/.test(line)) {
      if (!last) throw invalid(label, `line 1 starts with whitespace`);
      last.values[last.index] += `
${line.replace(/^[ \t]+/, "")}`;
      continue;
    }
    const match = /^([!-9;-~]+):[ \t]*(.*)$/.exec(line);
    if (!match) throw invalid(label, `line ${index + 1} is not a header: ${JSON.stringify(line)}`);
    const key = match[1].toLowerCase();
    const values = fields.get(key) ?? [];
    values.push(match[2].trimEnd());
    fields.set(key, values);
    last = { values, index: values.length - 1 };
  }
  const single = (field) => {
    const values = fields.get(field.toLowerCase()) ?? [];
    if (values.length !== 1 || values[0] === "") {
      const found = values.length === 0 ? "none" : values.map((v) => JSON.stringify(v)).join(", ");
      throw invalid(label, `expected one ${field} field, found ${found}`);
    }
    return values[0];
  };
  const metadataVersion = single("Metadata-Version");
  const name = single("Name");
  const version = single("Version");
  let body;
  if (bodyStart !== void 0) body = lines.slice(bodyStart).join("\n");
  return { metadataVersion, name, version, fields, body };
}

// src/artifacts/paths.ts
import path7 from "node:path";
function unsafeMemberReason(name) {
  if (name === "") return "is empty";
  if (name.includes("\0")) return "contains a NUL byte";
  if (name.includes("\\")) return "contains a backslash, a separator on Windows";
  if (name.startsWith("/")) return "is an absolute path";
  if (/^[A-Za-z]:/.test(name)) return "starts with a Windows drive letter";
  if (name.split("/").includes("..")) return 'contains a ".." segment';
  return void 0;
}
function unsafeLinkReason(name, target, kind2) {
  if (target.startsWith("/")) return `points to the absolute path ${target}`;
  const base2 = kind2 === "symlink" ? path7.posix.dirname(name) : ".";
  const resolved = path7.posix.normalize(path7.posix.join(base2, target));
  if (resolved === ".." || resolved.startsWith("../"))
    return `points outside the archive (${target})`;
  return void 0;
}

// src/artifacts/archive-checks.ts
var LISTED2 = 10;
function listing2(names2) {
  const shown = names2.slice(0, LISTED2).join(", ");
  return names2.length > LISTED2 ? `${shown} and ${names2.length - LISTED2} more` : shown;
}
async function sha256File(file) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest("hex");
}
function asProblem(error) {
  if (error instanceof UserError) return { title: error.title, message: error.message };
  throw error;
}
function metadataProblems2(metadata, where, options) {
  const problems = [];
  if (canonicalProjectName(metadata.name) !== canonicalProjectName(options.projectName)) {
    problems.push({
      title: "Wrong name in metadata",
      message: `${where} says Name: ${metadata.name}; expected ${options.projectName} (compared as PyPI does, ignoring case and "-", "_", "."). Build from the project being released, into an empty dist folder.`
    });
  }
  if (options.version !== void 0 && !samePep440(metadata.version, options.version)) {
    const expected = parsePep440(options.version)?.normalized ?? options.version;
    const fromGit = diagnoseScmVersion(expected, metadata.version);
    problems.push({
      title: "Wrong version in metadata",
      message: `${where} says Version: ${metadata.version}; expected ${expected}, the version being released. ${fromGit ? fromGit.message : `Make the project's version ${expected} (pyproject.toml or the file its dynamic version is read from) and rebuild.`}`
    });
  }
  return problems;
}
function unsafeNameProblems(filename, names2) {
  const unsafe = names2.flatMap((name) => {
    const reason = unsafeMemberReason(name);
    return reason ? [`${JSON.stringify(name)} ${reason}`] : [];
  });
  if (unsafe.length === 0) return [];
  return [
    {
      title: "Unsafe path in archive",
      message: `${filename} holds entries that would be written outside the folder it is unpacked into: ${listing2(unsafe)}. Expected relative paths without ".." segments; remove whatever adds these files to the build and rebuild.`
    }
  ];
}
async function baseInfo(file) {
  const [stats, sha256] = await Promise.all([stat(file), sha256File(file)]);
  return { path: file, filename: path8.basename(file), size: stats.size, sha256 };
}
function fileNameFindings(parsed, filename, title2, unparsed, options) {
  if (!parsed) return { problems: [{ title: title2, message: unparsed }], versions: [] };
  return {
    problems: filenameProblems(parsed, options.projectName, options.version).map((message) => ({
      title: title2,
      message
    })),
    versions: [{ where: `the file name ${filename}`, version: parsed.version, inMetadata: false }]
  };
}
function metadataFindings(where, read, options) {
  try {
    const metadata = parseCoreMetadata(read(), where);
    return {
      metadata,
      problems: metadataProblems2(metadata, where, options),
      versions: [{ where, version: metadata.version, inMetadata: true }]
    };
  } catch (error) {
    return { problems: [asProblem(error)], versions: [] };
  }
}

// src/artifacts/sdist-inspect.ts
import { readFile as readFile2 } from "node:fs/promises";
import path9 from "node:path";

// src/artifacts/license-globs.ts
function charClass(segment, start) {
  let at = start + 1;
  const negated = segment[at] === "!";
  if (negated) at++;
  const first = at;
  const ranges = [];
  while (at < segment.length && (segment[at] !== "]" || at === first)) {
    const low = segment[at];
    if (segment[at + 1] === "-" && at + 2 < segment.length && segment[at + 2] !== "]") {
      ranges.push([low, segment[at + 2]]);
      at += 3;
    } else {
      ranges.push([low, low]);
      at++;
    }
  }
  if (at >= segment.length) return void 0;
  const inSet = (char) => ranges.some(([low, high]) => char >= low && char <= high);
  return { test: (char) => inSet(char) !== negated, end: at };
}
function tokens(segment) {
  const found = [];
  for (let at = 0; at < segment.length; at++) {
    const char = segment[at];
    if (char === "*") {
      if (found[found.length - 1]?.kind !== "star") found.push({ kind: "star" });
    } else if (char === "?") {
      found.push({ kind: "one" });
    } else if (char === "[" && charClass(segment, at)) {
      const set = charClass(segment, at);
      found.push({ kind: "char", test: set.test });
      at = set.end;
    } else {
      found.push({ kind: "char", test: (other) => other === char });
    }
  }
  return found;
}
function matchName(pattern, name) {
  let p = 0;
  let n = 0;
  let star = -1;
  let starAt = 0;
  while (n < name.length) {
    const token = pattern[p];
    if (token?.kind === "star") {
      star = p++;
      starAt = n;
    } else if (token && (token.kind === "one" || token.test(name[n]))) {
      p++;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++starAt;
    } else {
      return false;
    }
  }
  while (pattern[p]?.kind === "star") p++;
  return p === pattern.length;
}
function compileGlob(pattern) {
  return pattern.split("/").filter((segment) => segment !== "" && segment !== ".").map((segment) => segment === "**" ? "**" : tokens(segment));
}
function globMatches(glob2, file) {
  const parts = file.split("/");
  let reachable = new Array(parts.length + 1).fill(false);
  reachable[0] = true;
  for (const segment of glob2) {
    const next = new Array(parts.length + 1).fill(false);
    for (let i = 0; i <= parts.length; i++) {
      if (!reachable[i]) continue;
      if (segment === "**") {
        for (let j = i; j <= parts.length; j++) next[j] = true;
        break;
      }
      if (i < parts.length && matchName(segment, parts[i])) next[i + 1] = true;
    }
    reachable = next;
  }
  return reachable[parts.length] === true;
}

// src/artifacts/tar.ts
import { gunzipSync } from "node:zlib";
var BLOCK = 512;
function unreadable(label, found) {
  return new UserError(
    `${label} is not a readable .tar.gz file: ${found}. Rebuild the sdist (python -m build --sdist) and check that nothing truncated or rewrote it.`,
    "Unreadable sdist"
  );
}
function text(block, start, length) {
  const field = block.subarray(start, start + length);
  const nul = field.indexOf(0);
  return field.toString("utf8", 0, nul === -1 ? length : nul);
}
function number(block, start, length) {
  const first = block[start];
  if (first & 128) {
    let value = first & 127;
    for (let i = 1; i < length; i++) value = value * 256 + block[start + i];
    return value;
  }
  const digits = text(block, start, length).trim();
  if (digits === "") return 0;
  return /^[0-7]+$/.test(digits) ? parseInt(digits, 8) : void 0;
}
function checksumMatches(block) {
  const stored = number(block, 148, 8);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : block[i];
  return stored === sum;
}
function parsePax(data, label) {
  const records = /* @__PURE__ */ new Map();
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    const length = space === -1 ? NaN : Number(data.toString("latin1", at, space));
    if (!Number.isInteger(length) || length <= 0 || at + length > data.length) {
      if (data.subarray(at).every((byte) => byte === 0)) break;
      throw unreadable(label, `a pax extended header is malformed at byte ${at}`);
    }
    const record = data.toString("utf8", space + 1, at + length - 1);
    const equals = record.indexOf("=");
    if (equals === -1)
      throw unreadable(label, `a pax record has no "=": ${JSON.stringify(record)}`);
    records.set(record.slice(0, equals), record.slice(equals + 1));
    at += length;
  }
  return records;
}
var TYPES = {
  "0": "file",
  "\0": "file",
  "7": "file",
  "1": "hardlink",
  "2": "symlink",
  "5": "directory"
};
function readTarGz(compressed, label = "The archive") {
  let data;
  try {
    data = gunzipSync(compressed);
  } catch (error) {
    throw unreadable(label, `gunzip fails (${error.message})`);
  }
  return { data, entries: listTarEntries(data, label) };
}
function listTarEntries(data, label = "The archive") {
  const entries = [];
  let longName;
  let longLink;
  let pax = /* @__PURE__ */ new Map();
  let at = 0;
  for (; ; ) {
    if (at + BLOCK > data.length) {
      if (at === data.length && longName === void 0 && pax.size === 0) break;
      throw unreadable(label, `it ends inside a header at byte ${at}`);
    }
    const block = data.subarray(at, at + BLOCK);
    if (block.every((byte) => byte === 0)) break;
    if (!checksumMatches(block))
      throw unreadable(label, `the header at byte ${at} fails its checksum`);
    const typeFlag = String.fromCharCode(block[156]);
    const headerSize = number(block, 124, 12);
    const paxSize = pax.get("size");
    const size = paxSize !== void 0 ? Number(paxSize) : headerSize;
    if (size === void 0 || !Number.isSafeInteger(size) || size < 0) {
      throw unreadable(label, `the header at byte ${at} has an invalid size`);
    }
    const dataOffset = at + BLOCK;
    if (dataOffset + size > data.length) {
      throw unreadable(label, `the content of the entry at byte ${at} is truncated`);
    }
    const content = data.subarray(dataOffset, dataOffset + size);
    at = dataOffset + Math.ceil(size / BLOCK) * BLOCK;
    if (typeFlag === "L" || typeFlag === "K") {
      const value = content.toString("utf8").replace(/\0+$/, "");
      if (typeFlag === "L") longName = value;
      else longLink = value;
      continue;
    }
    if (typeFlag === "x") {
      pax = parsePax(content, label);
      continue;
    }
    if (typeFlag === "g") continue;
    const magic = block.toString("latin1", 257, 263);
    const prefix = magic === "ustar\0" ? text(block, 345, 155) : "";
    const headerName = prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100);
    const type = TYPES[typeFlag] ?? "other";
    const linkName = pax.get("linkpath") ?? longLink ?? text(block, 157, 100);
    entries.push({
      name: pax.get("path") ?? longName ?? headerName,
      type,
      size: type === "file" ? size : 0,
      linkName: type === "symlink" || type === "hardlink" ? linkName : void 0,
      dataOffset
    });
    longName = void 0;
    longLink = void 0;
    pax = /* @__PURE__ */ new Map();
  }
  return entries;
}
function readTarEntry(archive, entry) {
  return archive.data.subarray(entry.dataOffset, entry.dataOffset + entry.size);
}

// src/artifacts/sdist-inspect.ts
function unsafeLinkProblems(filename, entries) {
  const badLinks = entries.flatMap((entry) => {
    if (entry.type !== "symlink" && entry.type !== "hardlink") return [];
    const reason = unsafeLinkReason(entry.name, entry.linkName ?? "", entry.type);
    return reason ? [`${JSON.stringify(entry.name)} ${reason}`] : [];
  });
  if (badLinks.length === 0) return [];
  return [
    {
      title: "Unsafe link in archive",
      message: `${filename} holds links that lead outside the folder it is unpacked into: ${listing2(badLinks)}. Expected links (if any) to stay inside the project; remove them from the build and rebuild.`
    }
  ];
}
function sdistLayout(filename, entries, expectedTop) {
  const problems = [];
  const tops = [...new Set(entries.map((entry) => entry.name.replace(/^\.\//, "").split("/")[0]))];
  let top = expectedTop;
  if (!tops.includes(expectedTop)) {
    problems.push({
      title: "Wrong sdist folder",
      message: `${filename} should hold everything under ${expectedTop}/; found ${tops.length ? listing2(tops.map((t) => `${t}/`)) : "no entries"}. Rebuild the sdist with the project's build backend (python -m build --sdist).`
    });
    if (tops.length === 1) top = tops[0];
  }
  const files = /* @__PURE__ */ new Map();
  const outside = [];
  for (const entry of entries) {
    const name = entry.name.replace(/^\.\//, "");
    if (name === top || name === `${top}/`) continue;
    if (!name.startsWith(`${top}/`)) {
      if (!unsafeMemberReason(entry.name)) outside.push(name);
      continue;
    }
    if (entry.type === "file") files.set(name.slice(top.length + 1), entry);
  }
  if (outside.length > 0 && tops.includes(expectedTop)) {
    problems.push({
      title: "Files outside the sdist folder",
      message: `${filename} holds entries outside ${top}/: ${listing2(outside)}. Expected every file under ${top}/; rebuild the sdist with the project's build backend.`
    });
  }
  return { top, files, problems };
}
function pkgInfoFindings(archive, layout, filename, options) {
  const { top } = layout;
  const pkgInfo = layout.files.get("PKG-INFO");
  if (!pkgInfo) {
    return {
      problems: [
        {
          title: "Missing metadata",
          message: `${filename} has no ${top}/PKG-INFO; expected the core metadata there, as every build backend writes it. Rebuild the sdist (python -m build --sdist).`
        }
      ],
      versions: []
    };
  }
  const read = () => readTarEntry(archive, pkgInfo).toString("utf8");
  return metadataFindings(`${filename}:${top}/PKG-INFO`, read, options);
}
function missingLicenses(relative2, topLevel2, options) {
  const declared = options.licenseFiles;
  if (declared) {
    const missing = declared.patterns.filter((pattern) => {
      const glob2 = compileGlob(pattern);
      return !relative2.some((file) => globMatches(glob2, file));
    });
    return missing.length > 0 ? [`${missing.join(", ")} (named by ${declared.declaredIn})`] : [];
  }
  if (options.expectLicense && !topLevel2.some((name) => /^(licen[cs]e|copying)/i.test(name))) {
    return ["a LICENSE file"];
  }
  return [];
}
function missingFromSdist(relative2, options, sources) {
  const missing = [];
  const topLevel2 = relative2.map((name) => name.split("/")[0]);
  for (const wanted of options.buildFiles ?? ["pyproject.toml"])
    if (!relative2.includes(wanted)) missing.push(wanted);
  if (options.readme !== void 0) {
    const readme = path9.posix.normalize(options.readme.replace(/\\/g, "/"));
    if (!relative2.includes(readme)) missing.push(`${readme} (the readme pyproject.toml names)`);
  } else if (!topLevel2.some((name) => /^readme/i.test(name))) {
    missing.push("a README file");
  }
  missing.push(...missingLicenses(relative2, topLevel2, options));
  for (const source of sources) {
    const wanted = source.sourceFile;
    if (wanted === void 0) continue;
    if (!relative2.some((name) => name === wanted || name.endsWith(`/${wanted}`))) {
      missing.push(`the sources of ${source.name} (${wanted})`);
    }
  }
  return missing;
}
async function inspectSdist(file, options, sources) {
  const base2 = await baseInfo(file);
  const { filename } = base2;
  const parsed = parseSdistFilename(filename);
  const named = fileNameFindings(
    parsed,
    filename,
    "Wrong sdist file name",
    `${filename} is not named {name}-{version}.tar.gz; expected ${expectedSdistFilename(options.projectName, options.version)}. Rebuild with a current build backend.`,
    options
  );
  const problems = [...named.problems];
  const versions = [...named.versions];
  let archive;
  try {
    archive = readTarGz(await readFile2(file), filename);
  } catch (error) {
    return {
      info: { ...base2, metadataVersion: void 0 },
      problems: [...problems, asProblem(error)],
      versions
    };
  }
  const { entries } = archive;
  problems.push(
    ...unsafeNameProblems(
      filename,
      entries.map((entry) => entry.name)
    ),
    ...unsafeLinkProblems(filename, entries)
  );
  const expectedTop = parsed ? `${parsed.distribution}-${parsed.version}` : distStem(options.projectName, options.version);
  const layout = sdistLayout(filename, entries, expectedTop);
  const pkgInfo = pkgInfoFindings(archive, layout, filename, options);
  problems.push(...layout.problems, ...pkgInfo.problems);
  versions.push(...pkgInfo.versions);
  const missing = missingFromSdist([...layout.files.keys()], options, sources);
  if (missing.length > 0) {
    problems.push({
      title: "Missing file in sdist",
      message: `${filename} lacks ${missing.join(", ")} under ${layout.top}/. Expected the sources to build the wheel from, with their readme and licence; include them in the sdist (for hatchling, [tool.hatch.build.targets.sdist] include; for setuptools, MANIFEST.in) and rebuild.`
    });
  }
  const { metadata } = pkgInfo;
  return {
    info: { ...base2, metadataVersion: metadata?.metadataVersion },
    problems,
    versions,
    metadata
  };
}

// src/artifacts/wheel-inspect.ts
import { readFile as readFile3 } from "node:fs/promises";

// src/artifacts/importables.ts
var EXTENSION = /\.(so|pyd)$/;
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
var NOT_AN_API = /* @__PURE__ */ new Set(["tests", "test", "conftest", "setup", "__pycache__"]);
function isPrivate(name) {
  return name.split(".").some((part) => part.startsWith("_"));
}
function isPackageInit(file) {
  return file === "__init__.py" || /^__init__\.[^/]*\.(so|pyd)$/.test(file) || file === "__init__.pyc";
}
function folder() {
  return { files: /* @__PURE__ */ new Set(), folders: /* @__PURE__ */ new Map() };
}
function tree(entries) {
  const root = folder();
  for (const entry of entries) {
    const parts = entry.replace(/^\.\//, "").split("/");
    const file = parts.pop();
    let at = root;
    for (const part of parts) {
      if (part === "") continue;
      let next = at.folders.get(part);
      if (!next) at.folders.set(part, next = folder());
      at = next;
    }
    if (file !== "") at.files.add(file);
  }
  return root;
}
function isPackage(dir) {
  return [...dir.files].some(isPackageInit);
}
function namespaceMembers(prefix, dir) {
  const found = [];
  for (const [name, child] of dir.folders) {
    if (!IDENTIFIER.test(name) || NOT_AN_API.has(name)) continue;
    const dotted = `${prefix}.${name}`;
    if (isPackage(child)) {
      const path18 = dotted.replace(/\./g, "/");
      found.push({
        name: dotted,
        kind: "package",
        sourceFile: child.files.has("__init__.py") ? `${path18}/__init__.py` : void 0
      });
    } else {
      found.push(...namespaceMembers(dotted, child));
    }
  }
  return found;
}
function topLevel(root) {
  const found = [];
  for (const [name, dir] of root.folders) {
    if (!IDENTIFIER.test(name) || NOT_AN_API.has(name)) continue;
    if (isPackage(dir)) {
      found.push({
        name,
        kind: "package",
        sourceFile: dir.files.has("__init__.py") ? `${name}/__init__.py` : void 0
      });
    } else {
      found.push(...namespaceMembers(name, dir));
    }
  }
  for (const file of root.files) {
    const module = file.endsWith(".py") ? file.slice(0, -".py".length) : EXTENSION.test(file) ? file.slice(0, file.indexOf(".")) : void 0;
    if (module === void 0 || !IDENTIFIER.test(module) || NOT_AN_API.has(module)) continue;
    if (module.startsWith("__")) continue;
    const extension = !file.endsWith(".py");
    found.push({
      name: module,
      kind: extension ? "extension" : "module",
      sourceFile: extension ? void 0 : file
    });
  }
  return found;
}
function parseTopLevelTxt(text2) {
  return text2.split(/\r?\n/).map((line) => line.trim().replace(/\//g, ".")).filter((line) => line !== "");
}
function byName(a, b) {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
function holdsCode(dir) {
  return [...dir.files].some((file) => file.endsWith(".py") || EXTENSION.test(file)) || [...dir.folders.values()].some(holdsCode);
}
function folderAt(root, dotted) {
  let at = root;
  for (const part of dotted.split(".")) at = at?.folders.get(part);
  return at;
}
function wheelImportables(entries, topLevelTxt) {
  const root = tree(entries);
  let found = topLevel(root);
  const listed = topLevelTxt === void 0 ? [] : parseTopLevelTxt(topLevelTxt);
  const wanted = listed.filter((name) => !NOT_AN_API.has(name));
  const absent = [];
  const chosen = wanted.flatMap((name) => {
    const inListing = found.filter(
      (item) => item.name === name || item.name.startsWith(`${name}.`)
    );
    if (inListing.length > 0) return inListing;
    if (!name.split(".").every((part) => IDENTIFIER.test(part))) return [];
    const dir = folderAt(root, name);
    if (dir && holdsCode(dir)) return [{ name, kind: "namespace", sourceFile: void 0 }];
    absent.push(name);
    return [];
  });
  if (chosen.length > 0) found = chosen;
  const unique = [...new Map(found.map((item) => [item.name, item])).values()];
  const visible = unique.filter((item) => !isPrivate(item.name));
  return { importables: (visible.length > 0 ? visible : unique).sort(byName), absent };
}
function wheelProvides(entries, name) {
  const path18 = name.replace(/\./g, "/");
  const files = entries.filter((entry) => !entry.endsWith("/"));
  if (files.includes(`${path18}/__init__.py`)) {
    return { name, kind: "package", sourceFile: `${path18}/__init__.py` };
  }
  if (files.includes(`${path18}.py`)) return { name, kind: "module", sourceFile: `${path18}.py` };
  const slash = path18.lastIndexOf("/");
  const base2 = path18.slice(slash + 1);
  const dir = path18.slice(0, slash + 1);
  const extension = files.find(
    (file) => file.startsWith(dir) && !file.slice(dir.length).includes("/") && file.slice(dir.length).split(".")[0] === base2 && EXTENSION.test(file)
  );
  if (extension) return { name, kind: "extension", sourceFile: void 0 };
  if (files.some((file) => file.startsWith(`${path18}/`))) {
    const packaged = files.some((file) => isPackageInit(file.slice(path18.length + 1)));
    return { name, kind: packaged ? "package" : "namespace", sourceFile: void 0 };
  }
  return void 0;
}

// src/artifacts/zip.ts
import { inflateRawSync } from "node:zlib";

// src/artifacts/crc32.ts
var TABLE = (() => {
  const table2 = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    table2[n] = c >>> 0;
  }
  return table2;
})();
function crc32(data) {
  let crc = 4294967295;
  for (const byte of data) crc = TABLE[(crc ^ byte) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}

// src/artifacts/zip.ts
var EOCD_SIGNATURE = 101010256;
var ZIP64_LOCATOR_SIGNATURE = 117853008;
var CENTRAL_SIGNATURE = 33639248;
var LOCAL_SIGNATURE = 67324752;
var EOCD_SIZE = 22;
var CENTRAL_SIZE = 46;
var LOCAL_SIZE = 30;
var MAX_COMMENT = 65535;
function unreadable2(label, found) {
  return new UserError(
    `${label} is not a readable zip file: ${found}. Rebuild the wheel (python -m build --wheel) and check that nothing truncated or rewrote it.`,
    "Unreadable wheel"
  );
}
function zip64(label) {
  return new UserError(
    `${label} is a zip64 archive, which this reader does not handle: expected a plain zip as build backends write for wheels under 4 GiB and 65535 files. Check that the wheel was not repacked by another tool.`,
    "Unsupported wheel format"
  );
}
function findEndOfCentralDirectory(data, label) {
  if (data.length < EOCD_SIZE) {
    throw unreadable2(label, `it is ${data.length} bytes long, shorter than a zip's end record`);
  }
  const lowest = Math.max(0, data.length - EOCD_SIZE - MAX_COMMENT);
  for (let at = data.length - EOCD_SIZE; at >= lowest; at--) {
    if (data.readUInt32LE(at) === EOCD_SIGNATURE && at + EOCD_SIZE + data.readUInt16LE(at + 20) === data.length) {
      return at;
    }
  }
  throw unreadable2(
    label,
    "no end of central directory record (the file is truncated or not a zip)"
  );
}
function listZipEntries(data, label = "The archive") {
  const eocd = findEndOfCentralDirectory(data, label);
  if (eocd >= 20 && data.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) throw zip64(label);
  const disk = data.readUInt16LE(eocd + 4);
  const centralDisk = data.readUInt16LE(eocd + 6);
  const diskEntries = data.readUInt16LE(eocd + 8);
  const count = data.readUInt16LE(eocd + 10);
  const centralSize = data.readUInt32LE(eocd + 12);
  const centralOffset = data.readUInt32LE(eocd + 16);
  if (count === 65535 || centralSize === 4294967295 || centralOffset === 4294967295) {
    throw zip64(label);
  }
  if (disk !== 0 || centralDisk !== 0 || diskEntries !== count) {
    throw unreadable2(label, "it is one part of a multi-disk archive");
  }
  if (centralOffset + centralSize > eocd) {
    throw unreadable2(
      label,
      `the central directory (${centralSize} bytes at ${centralOffset}) runs past the end record at ${eocd}`
    );
  }
  const entries = [];
  let at = centralOffset;
  for (let index = 0; index < count; index++) {
    if (at + CENTRAL_SIZE > eocd || data.readUInt32LE(at) !== CENTRAL_SIGNATURE) {
      throw unreadable2(
        label,
        `central directory entry ${index + 1} of ${count} is missing or damaged`
      );
    }
    const flags = data.readUInt16LE(at + 8);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const end = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (end > eocd) {
      throw unreadable2(label, `central directory entry ${index + 1} runs past the end record`);
    }
    const compressedSize = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const localHeaderOffset = data.readUInt32LE(at + 42);
    if (compressedSize === 4294967295 || size === 4294967295 || localHeaderOffset === 4294967295) {
      throw zip64(label);
    }
    const name = data.toString("utf8", at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    entries.push({
      name,
      method: data.readUInt16LE(at + 10),
      compressedSize,
      size,
      crc32: data.readUInt32LE(at + 16),
      localHeaderOffset,
      encrypted: (flags & 1) !== 0,
      isDirectory: name.endsWith("/")
    });
    at = end;
  }
  return entries;
}
function readZipEntry(data, entry, label = "The archive") {
  const where = `entry ${JSON.stringify(entry.name)}`;
  if (entry.encrypted) throw unreadable2(label, `${where} is encrypted`);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_SIZE > data.length || data.readUInt32LE(at) !== LOCAL_SIGNATURE) {
    throw unreadable2(label, `the local header of ${where} is missing or damaged`);
  }
  const start = at + LOCAL_SIZE + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw unreadable2(label, `the data of ${where} is truncated`);
  const raw = data.subarray(start, end);
  let content;
  if (entry.method === 0) {
    content = raw;
  } else if (entry.method === 8) {
    try {
      content = inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      throw unreadable2(label, `${where} does not inflate (${error.message})`);
    }
  } else {
    throw unreadable2(label, `${where} uses compression method ${entry.method}; expected 0 or 8`);
  }
  if (content.length !== entry.size) {
    throw unreadable2(
      label,
      `${where} holds ${content.length} bytes; its header says ${entry.size}`
    );
  }
  if (crc32(content) !== entry.crc32) throw unreadable2(label, `${where} fails its CRC check`);
  return content;
}

// src/artifacts/wheel-inspect.ts
function importProblems(filename, names2, topLevelTxt, importName) {
  const files = names2.filter((name) => !name.endsWith("/"));
  const { importables: found, absent } = wheelImportables(files, topLevelTxt);
  const topLevel2 = [...new Set(files.map((name) => name.split("/")[0]))];
  const holds = found.length ? `it holds ${listing2(found.map((item) => item.name))}` : `it holds nothing importable; its top level is ${listing2(topLevel2)}`;
  if (importName) {
    const provided = wheelProvides(files, importName);
    if (provided) return { importables: [provided], absent: [], problems: [] };
    const at = importName.replace(/\./g, "/");
    return {
      importables: [],
      absent: [],
      problems: [
        {
          title: "Missing package in wheel",
          message: `${filename} has no ${importName}, the import-name input (no ${at}/__init__.py, ${at}.py or compiled ${at} module); ${holds}. Set import-name to the name the package is imported by, or leave it empty to import what the wheel holds; if ${importName} belongs in the wheel, point the build backend at it (for hatchling, [tool.hatch.build.targets.wheel] packages) and rebuild.`
        }
      ]
    };
  }
  if (found.length > 0) return { importables: found, absent, problems: [] };
  return {
    importables: [],
    absent,
    problems: [
      {
        title: "Nothing to import in wheel",
        message: `${filename} holds no package or module to import (a folder with __init__.py, a .py file or a compiled module); its top level is ${listing2(topLevel2)}. Expected the project's code: point the build backend at it (for hatchling, [tool.hatch.build.targets.wheel] packages; for setuptools, [tool.setuptools] packages) and rebuild.`
      }
    ]
  };
}
function duplicateEntryProblems(filename, names2) {
  const duplicates = [...new Set(names2.filter((name, index) => names2.indexOf(name) !== index))];
  if (duplicates.length === 0) return [];
  return [
    {
      title: "Duplicate entry in wheel",
      message: `${filename} holds several entries named ${listing2(duplicates)}; installers may pick either. Expected each path once; rebuild the wheel into an empty folder.`
    }
  ];
}
function locateWheelMetadata(filename, names2, stem) {
  const expected = `${stem}.dist-info/METADATA`;
  const others = names2.filter((name2) => /^[^/]+\.dist-info\/METADATA$/.test(name2));
  const name = names2.includes(expected) ? expected : others[0];
  if (name === expected) return { name, problems: [] };
  return {
    name,
    problems: [
      {
        title: "Missing metadata",
        message: `${filename} has no ${expected}; found ${others.length ? listing2(others) : "no .dist-info/METADATA at all"}. Rebuild the wheel for this project and version (python -m build --wheel).`
      }
    ]
  };
}
function wheelMetadataFindings(data, entries, metadataName, filename, options) {
  const entry = entries.find((candidate) => candidate.name === metadataName);
  if (metadataName === void 0 || !entry) return { problems: [], versions: [] };
  const read = () => readZipEntry(data, entry, filename).toString("utf8");
  return metadataFindings(`${filename}:${metadataName}`, read, options);
}
function readTopLevelTxt(data, entries, metadataName, filename) {
  const entry = metadataName === void 0 ? void 0 : entries.find(
    (candidate) => candidate.name === metadataName.replace(/METADATA$/, "top_level.txt")
  );
  if (!entry) return { text: void 0, problems: [] };
  try {
    return { text: readZipEntry(data, entry, filename).toString("utf8"), problems: [] };
  } catch (error) {
    return { text: void 0, problems: [asProblem(error)] };
  }
}
async function inspectWheel(file, options) {
  const base2 = await baseInfo(file);
  const { filename } = base2;
  const parsed = parseWheelFilename(filename);
  const named = fileNameFindings(
    parsed,
    filename,
    "Wrong wheel file name",
    `${filename} is not named {name}-{version}(-{build})?-{python}-{abi}-{platform}.whl; expected it to start with ${distStem(options.projectName, options.version)}-. Rebuild with a current build backend.`,
    options
  );
  const problems = [...named.problems];
  const versions = [...named.versions];
  let data;
  let entries;
  try {
    data = await readFile3(file);
    entries = listZipEntries(data, filename);
  } catch (error) {
    return {
      info: { ...base2, metadataVersion: void 0 },
      problems: [...problems, asProblem(error)],
      versions,
      importables: [],
      absentTopLevel: []
    };
  }
  const names2 = entries.map((entry) => entry.name);
  problems.push(...unsafeNameProblems(filename, names2), ...duplicateEntryProblems(filename, names2));
  const stem = parsed ? `${parsed.distribution}-${parsed.version}` : distStem(options.projectName, options.version);
  const located = locateWheelMetadata(filename, names2, stem);
  const metadataName = located.name;
  const found = wheelMetadataFindings(data, entries, metadataName, filename, options);
  const topLevelTxt = readTopLevelTxt(data, entries, metadataName, filename);
  const imports = importProblems(filename, names2, topLevelTxt.text, options.importName);
  problems.push(
    ...located.problems,
    ...found.problems,
    ...topLevelTxt.problems,
    ...imports.problems
  );
  versions.push(...found.versions);
  const { metadata } = found;
  return {
    info: { ...base2, metadataVersion: metadata?.metadataVersion },
    problems,
    versions,
    metadata,
    importables: imports.importables,
    absentTopLevel: imports.absent
  };
}

// src/artifacts/inspect.ts
var IGNORED2 = /* @__PURE__ */ new Set([".gitignore"]);
function agreedVersion(results, checkAgreement) {
  const stated = results.flatMap((result) => result.versions);
  const same = (a, b) => a.trim() === b.trim() || samePep440(a, b);
  const fromMetadata = stated.filter((item) => item.inMetadata);
  const final = fromMetadata[fromMetadata.length - 1]?.version;
  const version = final !== void 0 && fromMetadata.every((item) => same(item.version, final)) ? parsePep440(final)?.normalized ?? final.trim() : void 0;
  const agree = stated.every((item) => same(item.version, stated[0].version));
  if (!checkAgreement || agree) return { version, problems: [] };
  return {
    version,
    problems: [
      {
        title: "Versions disagree",
        message: `The built archives state different versions: ${stated.map((item) => `${item.where} says ${item.version}`).join(", ")}. Expected one version throughout; delete stale files from the dist folder and rebuild both the sdist and the wheel from one commit (python -m build).`
      }
    ]
  };
}
async function sortDistFolder(distDir, names2) {
  const sdists = [];
  const wheels = [];
  const stray = [];
  const seen = [];
  for (const name of names2) {
    if (IGNORED2.has(name)) continue;
    const isFile = await stat2(path10.join(distDir, name)).then(
      (stats) => stats.isFile(),
      () => false
    );
    seen.push(isFile ? name : `${name}/`);
    if (isFile && name.endsWith(".tar.gz")) sdists.push(name);
    else if (isFile && name.endsWith(".whl")) wheels.push(name);
    else stray.push(isFile ? name : `${name}/`);
  }
  return { sdists, wheels, stray, seen };
}
function distFolderProblems(folder2, options) {
  const { sdists, wheels, stray, seen } = folder2;
  const problems = [];
  const found = `found ${seen.length ? listing2(seen) : "nothing"}`;
  const expectedSdist = expectedSdistFilename(options.projectName, options.version);
  if (stray.length > 0) {
    problems.push({
      title: "Unexpected file in dist",
      message: `${options.distDir} holds ${listing2(stray)}, which is neither an sdist (.tar.gz) nor a wheel (.whl). Expected only the release's files, since everything there is uploaded; build into an empty folder.`
    });
  }
  if (sdists.length !== 1) {
    problems.push({
      title: sdists.length === 0 ? "Missing sdist" : "Several sdists",
      message: `${options.distDir} should hold exactly one sdist, ${expectedSdist}; ${found}. Build into an empty folder with python -m build (which makes both the sdist and the wheel).`
    });
  }
  const manyWheels = wheels.length > 1 && !options.allowManyWheels;
  if (wheels.length === 0 || manyWheels) {
    problems.push({
      title: wheels.length === 0 ? "Missing wheel" : "Several wheels",
      message: `${options.distDir} should hold exactly one wheel, ${distStem(options.projectName, options.version)}-{tags}.whl; ${found}. Build into an empty folder${manyWheels ? ", or allow several wheels when a build matrix makes one per platform" : ""}.`
    });
  }
  return problems;
}
async function inspectDist(options) {
  let names2;
  try {
    names2 = (await readdir2(options.distDir)).sort();
  } catch (error) {
    if (error.code !== "ENOENT") throw error;
    const problem = {
      title: "Missing dist folder",
      message: `${options.distDir} does not exist; expected the build to write the sdist and wheel there. Check the build step's output folder.`
    };
    return {
      sdist: void 0,
      wheel: void 0,
      wheels: [],
      version: void 0,
      importNames: [],
      absentTopLevel: [],
      problems: [problem]
    };
  }
  const folder2 = await sortDistFolder(options.distDir, names2);
  const problems = distFolderProblems(folder2, options);
  const wheelResults = [];
  for (const name of folder2.wheels)
    wheelResults.push(await inspectWheel(path10.join(options.distDir, name), options));
  const importables = wheelResults[0]?.importables ?? [];
  const sdistResults = [];
  for (const name of folder2.sdists)
    sdistResults.push(await inspectSdist(path10.join(options.distDir, name), options, importables));
  for (const result of [...sdistResults, ...wheelResults]) problems.push(...result.problems);
  const agreed = agreedVersion([...sdistResults, ...wheelResults], options.version === void 0);
  problems.push(...agreed.problems);
  const manyWheels = folder2.wheels.length > 1 && !options.allowManyWheels;
  return {
    sdist: sdistResults.length === 1 ? sdistResults[0].info : void 0,
    wheel: manyWheels ? void 0 : wheelResults[0]?.info,
    wheels: wheelResults.map((result) => result.info),
    version: agreed.version,
    importNames: importables.map((item) => item.name),
    absentTopLevel: wheelResults[0]?.absentTopLevel ?? [],
    problems
  };
}

// src/artifacts/release-files.ts
import path12 from "node:path";

// src/artifacts/dist-dir.ts
import { readdir as readdir4, stat as stat4 } from "node:fs/promises";
import path11 from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir as readdir3, readdirSync, realpath, realpathSync, stat as stat3, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path18) {
  let normalized = normalize(path18);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path18, separator) {
  return path18.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path18) {
  return path18 === "/" || WINDOWS_ROOT_DIR_REGEX.test(path18);
}
function normalizePath(path18, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path18.includes("/") || path18.startsWith(".");
  if (resolvePaths) path18 = resolve(path18);
  if (normalizePath$1 || pathNeedsCleaning) path18 = cleanPath(path18);
  if (path18 === ".") return "";
  const needsSeperator = path18[path18.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path18 + pathSeparator : path18, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path18 = directoryPath || ".";
  if (filters.every((filter) => filter(path18, true))) paths.push(path18);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path18, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path18, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat5) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat5.isDirectory() && isRecursive(path18, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat5, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path18, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path18);
    const stat5 = fs.statSync(resolvedPath);
    if (stat5.isDirectory() && isRecursive(path18, resolvedPath, state)) return;
    callback$1(stat5, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path18, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path18);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path18, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build2(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build2(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path18 = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path18)) continue;
        this.pushDirectory(path18, paths, filters);
        this.walkDirectory(this.state, path18, path18, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path18 = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path18, this.state, (stat5, resolvedPath) => {
          if (stat5.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path18 + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path18 + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path18;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path18) => isMatch(path18));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path18) {
  return path18.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path18) {
  var _result$parts;
  const result = import_picomatch.default.scan(path18, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path18];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path18) => path18.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path18) => path18.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path18 = format(p, isDirectory);
      const matches = matcher(path18) && !ignore(path18);
      if (matches) log(`matched ${path18}`);
      return matches;
    } : (p, isDirectory) => {
      const path18 = format(p, isDirectory);
      return matcher(path18) && !ignore(path18);
    }],
    exclude: debug ? (_, p) => {
      const skipped2 = excludePredicate(_, p);
      log(`${skipped2 ? "skipped" : "crawling"} ${p}`);
      return skipped2;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir3,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat3,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// src/artifacts/dist-dir.ts
function shownPath(workspace, file) {
  const relative2 = path11.relative(workspace, file);
  return (relative2.startsWith("..") || path11.isAbsolute(relative2) ? file : relative2).split(path11.sep).join("/");
}
async function kind(file) {
  const stats = await stat4(file).catch(() => void 0);
  if (!stats) return void 0;
  return stats.isDirectory() ? "folder" : "file";
}
async function findDistFiles(pattern, projectDir, workspace) {
  const posix2 = pattern.replace(/\\/g, "/");
  const matches = isDynamicPattern(posix2) ? await glob(posix2, {
    cwd: projectDir,
    absolute: true,
    onlyFiles: false,
    expandDirectories: false
  }) : [path11.resolve(projectDir, pattern)];
  const where = `dist-dir ${JSON.stringify(pattern)} (in ${shownPath(workspace, projectDir) || "."})`;
  const files = [];
  const folders = [];
  const dirs = /* @__PURE__ */ new Set();
  for (const match of matches.map((item) => path11.resolve(item)).sort()) {
    const found = await kind(match);
    if (found === "file") {
      files.push(match);
      dirs.add(path11.dirname(match));
    } else if (found === "folder") {
      dirs.add(match);
      for (const entry of (await readdir4(match)).sort()) {
        const inside = path11.join(match, entry);
        if (await kind(inside) === "file") files.push(inside);
        else folders.push(`${shownPath(workspace, inside)}/`);
      }
    }
  }
  if (matches.length === 0 || [...dirs].length === 0) {
    throw new UserError(
      `${where} ${isDynamicPattern(posix2) ? "matches nothing" : "does not exist"}. Download the artifacts of the build jobs there first (actions/download-artifact with path: ${pattern}), or point dist-dir at the folder they are in.`,
      "Missing dist-dir"
    );
  }
  if (files.length === 0 && folders.length === 0) {
    throw new UserError(
      `${where} is empty; expected the wheels and the sdist of the release. Check that the build jobs uploaded their files (upload-artifact path) and that download-artifact's pattern names their artifacts.`,
      "Empty dist-dir"
    );
  }
  const hashed = await Promise.all(
    files.map(async (file) => ({
      shown: shownPath(workspace, file),
      path: file,
      filename: path11.basename(file),
      sha256: await sha256File(file)
    }))
  );
  return { files: hashed, folders, dirs: [...dirs] };
}

// src/artifacts/inspect-set.ts
async function inspectFileSet(contents, options) {
  const sorted = sortDistFiles(contents.files, contents.folders);
  const fileOptions = { ...options };
  const wheels = [];
  for (const wheel of sorted.wheels) wheels.push(await inspectWheel(wheel.path, fileOptions));
  const importables = wheels[0]?.importables ?? [];
  const sdists = [];
  for (const sdist2 of sorted.sdists)
    sdists.push(await inspectSdist(sdist2.path, fileOptions, importables));
  const member = (result) => ({
    filename: result.info.filename,
    metadata: result.metadata
  });
  const set = wheelSetProblems(wheels.map(member), sdists.map(member), {
    distDir: options.distDir,
    requireSdist: options.requireSdist
  });
  const agreed = agreedVersion([...sdists, ...wheels], options.version === void 0);
  const problems = [
    ...sorted.problems,
    ...[...sdists, ...wheels].flatMap((result) => result.problems),
    ...set.problems,
    ...agreed.problems
  ];
  const sdist = sdists.length === 1 ? sdists[0].info : void 0;
  return {
    wheels: wheels.map((result) => result.info),
    sdist,
    files: [...sdist ? [sdist] : [], ...wheels.map((result) => result.info)],
    version: agreed.version,
    importNames: importables.map((item) => item.name),
    absentTopLevel: wheels[0]?.absentTopLevel ?? [],
    problems,
    warnings: [...sorted.warnings, ...set.warnings]
  };
}

// src/artifacts/release-files.ts
async function inspectReleaseFiles(options) {
  const contents = await findDistFiles(options.distDir, options.projectDir, options.workspace);
  const found = await inspectFileSet(contents, {
    distDir: options.distDir,
    projectName: options.projectName,
    version: options.version,
    importName: options.importName,
    expectLicense: options.expectLicense,
    licenseFiles: options.licenseFiles,
    buildFiles: options.buildFiles,
    requireSdist: options.requireSdist
  });
  const { problems, warnings, absentTopLevel } = found;
  const wheel = found.wheels[0];
  if (problems.length > 0 || !wheel) {
    return { release: void 0, problems, warnings, absentTopLevel };
  }
  const release = {
    wheel,
    sdist: found.sdist,
    files: found.files,
    importNames: found.importNames,
    builtVersion: found.version ?? options.version,
    fromFolders: {
      dirs: contents.dirs,
      wheels: found.wheels.map((item) => path12.basename(item.path))
    }
  };
  return { release, problems, warnings, absentTopLevel };
}

// src/project/license-files.ts
function literalGlob(file) {
  return file.replace(/[*?[]/g, (char) => `[${char}]`);
}
function strings(value) {
  if (!Array.isArray(value)) return void 0;
  return value.filter((item) => typeof item === "string");
}
function projectLicenseFiles(value) {
  const list = strings(value);
  if (list) return list;
  const draft = table(value);
  const paths = strings(draft?.paths);
  if (paths) return paths.map(literalGlob);
  return strings(draft?.globs);
}
function setupCfgLicenseFiles(text2) {
  let section = "";
  let found;
  let collecting = false;
  for (const line of splitText(text2).lines) {
    const header = /^\[([^\]]*)\]/.exec(line);
    if (header) {
      section = header[1].trim();
      collecting = false;
      continue;
    }
    if (collecting && /^[ \t]+\S/.test(line)) {
      found.push(line.trim());
      continue;
    }
    collecting = false;
    if (section !== "metadata") continue;
    const key = /^license[-_]file(s?)[ \t]*[=:](.*)$/i.exec(line);
    if (!key || found !== void 0 && key[1] === "") continue;
    found = [key[2].trim()];
    collecting = true;
  }
  return found?.flatMap((value) => value.split(",")).map((value) => value.trim()).filter((value) => value !== "" && !/^[#;]/.test(value));
}
function declaredLicenseFiles(pyproject, setupCfg) {
  const fromProject = projectLicenseFiles(dig(pyproject, ["project", "license-files"]));
  if (fromProject) {
    return { patterns: fromProject, declaredIn: "license-files in pyproject.toml [project]" };
  }
  const fromTool = strings(dig(pyproject, ["tool", "setuptools", "license-files"]));
  if (fromTool) {
    return { patterns: fromTool, declaredIn: "license-files in pyproject.toml [tool.setuptools]" };
  }
  const fromCfg = setupCfg === void 0 ? void 0 : setupCfgLicenseFiles(setupCfg);
  if (fromCfg) return { patterns: fromCfg, declaredIn: "license_files in setup.cfg [metadata]" };
  return void 0;
}

// src/release/steps/inspect-step.ts
async function hasLicense(projectDir) {
  const names2 = await readdir5(projectDir).catch(() => []);
  return names2.some((name) => /^(LICEN[CS]E|COPYING)/i.test(name));
}
async function licenseFiles(project, projectDir) {
  const setupCfg = await readFile4(path13.join(projectDir, "setup.cfg"), "utf8").catch(
    () => void 0
  );
  return declaredLicenseFiles(project.pyproject.data, setupCfg);
}
function noteAbsentTopLevel(absent, imported) {
  if (absent.length === 0) return;
  const names2 = absent.join(", ");
  annotate({
    level: "notice",
    title: "Not in the wheel",
    message: `The wheel's top_level.txt lists ${names2}, but the wheel holds no module or package of that name (setuptools lists every folder its package finder found, such as one of images or docs), so the wheel test imports ${imported.join(", ") || "nothing"} only. To keep ${names2} out of top_level.txt, exclude it in [tool.setuptools.packages.find] exclude (or find_packages(exclude=\u2026)).`
  });
}
function refused(what, problems, titles) {
  for (const problem of problems)
    annotate({ level: "error", title: problem.title, message: problem.message });
  return new UserError(
    `${what} are not fit to publish (${titles.join(", ")}); see the annotations. Nothing was published.`,
    "Artifacts refused"
  );
}
async function inspect(state) {
  const { context, inputs, validated, projectDir } = state;
  const { name } = validated;
  const version = validated.fromBuild ? void 0 : validated.version;
  const importName = inputs.importName || void 0;
  const expectLicense = await hasLicense(projectDir);
  const declaredLicenses = await licenseFiles(validated.project, projectDir);
  const buildFiles = validated.project.buildFiles.map((file) => path13.posix.basename(file));
  if (inputs.distDir) {
    const prebuilt = await inspectReleaseFiles({
      distDir: inputs.distDir,
      projectDir,
      workspace: context.workspace,
      projectName: name,
      // Prebuilt files are never released untagged (Validate refuses that).
      version: validated.version,
      importName,
      expectLicense,
      licenseFiles: declaredLicenses,
      buildFiles,
      requireSdist: inputs.requireSdist
    });
    for (const warning of prebuilt.warnings)
      annotate({ level: "warning", title: warning.title, message: warning.message });
    noteAbsentTopLevel(prebuilt.absentTopLevel, prebuilt.release?.importNames ?? []);
    if (!prebuilt.release) {
      const titles = [...new Set(prebuilt.problems.map((problem) => problem.title))];
      throw refused(`the files in dist-dir ${inputs.distDir}`, prebuilt.problems, titles);
    }
    return prebuilt.release;
  }
  const found = await inspectDist({
    distDir: buildDir(state),
    projectName: name,
    version,
    importName,
    expectLicense,
    licenseFiles: declaredLicenses,
    buildFiles
  });
  noteAbsentTopLevel(found.absentTopLevel, found.importNames);
  if (found.problems.length > 0 || !found.wheel || !found.sdist) {
    const titles = found.problems.map((problem) => problem.title);
    throw refused("the built artifacts", found.problems, titles);
  }
  return {
    wheel: found.wheel,
    sdist: found.sdist,
    files: [found.sdist, found.wheel],
    importNames: found.importNames,
    builtVersion: found.version ?? validated.version,
    fromFolders: void 0
  };
}
var inspectArtifacts = releaseStep({
  name: "Inspect artifacts",
  sideEffect: false,
  reads: ["validated", "projectDir"],
  writes: ["inspection", "validated"],
  async run(state) {
    const found = await inspect(state);
    state.inspection = found;
    const { validated } = state;
    if (validated.fromBuild) state.validated = { ...validated, version: found.builtVersion };
    return found.files.map((artifact) => artifact.filename).join(", ");
  }
});

// src/publish/lazy-upload.ts
var loadUploader = () => import("./upload-AFKZAF5G.js");

// src/provenance/github-attestation-plan.ts
var PERMISSIONS = "`permissions: id-token: write` and `attestations: write`";
function problemsOf(facts) {
  const problems = [];
  if (!facts.canRequestIdToken) {
    problems.push(
      `this job may not request an OIDC token, which the signing certificate is issued for: add ${PERMISSIONS} to the job`
    );
  }
  if (!facts.hasToken) {
    problems.push(
      "there is no github-token to store the attestation with: leave github-token at its default ${{ github.token }} (with `attestations: write`), or pass a token that has it"
    );
  }
  if (!facts.repository) {
    problems.push(
      "GITHUB_REPOSITORY is not set, so there is no repository to store the attestation in"
    );
  }
  if (facts.visibility !== "public") {
    problems.push(
      facts.visibility === void 0 ? "the event payload does not say the repository is public, and pyrelease signs with public-good Sigstore, whose transparency log anyone can read" : `the repository is ${facts.visibility}, and pyrelease signs with public-good Sigstore, whose transparency log anyone can read: it would publish the repository's name, workflow and commit. For a private repository on GitHub Enterprise Cloud use actions/attest-build-provenance, which signs with GitHub's own Sigstore instance`
    );
  }
  if (facts.missingEnv.length > 0) {
    problems.push(
      `the provenance is made of runner variables, and ${facts.missingEnv.join(", ")} ${facts.missingEnv.length === 1 ? "is" : "are"} not set`
    );
  }
  return problems;
}
function decideGithubAttestations(facts) {
  if (!facts.enabled) return { attest: false, problems: [] };
  if (facts.dryRun && !facts.onRunner) return { attest: true, problems: [] };
  const problems = problemsOf(facts);
  if (facts.dryRun) return { attest: true, problems };
  if (problems.length > 0) {
    throw new UserError(
      `github-attestations: true, but ${problems.join("; and ")}. Nothing was uploaded. Or set github-attestations: false to release without the attestation.`,
      "GitHub attestation impossible"
    );
  }
  return { attest: true, problems: [] };
}
function describeGithubAttestation(filenames, repository, problems = []) {
  const where = repository ? `${repository}'s attestations` : "the repository's attestations";
  const refusal = problems.length ? ` (a real run would stop: ${problems.join("; ")})` : "";
  return `sign one GitHub build-provenance attestation (SLSA v1) for ${filenames.join(", ")} with Sigstore, as this workflow, and store it in ${where}${refusal}`;
}
var FENCE2 = "```";
function githubAttestationNotes(filenames, repository) {
  return [
    "## Verifying",
    "",
    `The files of this release have a GitHub build-provenance attestation: a signed statement that this repository's release workflow built them. Check a download with the [GitHub CLI](https://cli.github.com/):`,
    "",
    `${FENCE2}bash`,
    ...filenames.map((filename) => `gh attestation verify ${filename} --repo ${repository}`),
    FENCE2
  ].join("\n");
}

// src/provenance/slsa-statement.ts
var SLSA_PROVENANCE_V1 = "https://slsa.dev/provenance/v1";
var GITHUB_WORKFLOW_BUILD_TYPE = "https://actions.github.io/buildtypes/workflow/v1";
var PROVENANCE_ENV = [
  "GITHUB_SERVER_URL",
  "GITHUB_REPOSITORY",
  "GITHUB_REPOSITORY_ID",
  "GITHUB_REPOSITORY_OWNER_ID",
  "GITHUB_WORKFLOW_REF",
  "GITHUB_REF",
  "GITHUB_SHA",
  "GITHUB_EVENT_NAME",
  "RUNNER_ENVIRONMENT",
  "GITHUB_RUN_ID",
  "GITHUB_RUN_ATTEMPT"
];
function missingProvenanceEnv(env) {
  return PROVENANCE_ENV.filter((name) => !env[name]);
}
function provenanceFacts(env, claims = {}) {
  const missing = missingProvenanceEnv(env);
  if (missing.length > 0) {
    throw new Error(
      `the runner's ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set`
    );
  }
  const value = (name) => env[name];
  const workflowRef = value("GITHUB_WORKFLOW_REF");
  return {
    serverUrl: value("GITHUB_SERVER_URL").replace(/\/+$/, ""),
    repository: value("GITHUB_REPOSITORY"),
    repositoryId: value("GITHUB_REPOSITORY_ID"),
    repositoryOwnerId: value("GITHUB_REPOSITORY_OWNER_ID"),
    workflowRef,
    jobWorkflowRef: typeof claims.job_workflow_ref === "string" && claims.job_workflow_ref !== "" ? claims.job_workflow_ref : workflowRef,
    ref: value("GITHUB_REF"),
    sha: value("GITHUB_SHA"),
    eventName: value("GITHUB_EVENT_NAME"),
    runnerEnvironment: value("RUNNER_ENVIRONMENT"),
    runId: value("GITHUB_RUN_ID"),
    runAttempt: value("GITHUB_RUN_ATTEMPT")
  };
}
function splitWorkflowRef(workflowRef, repository) {
  const relative2 = workflowRef.startsWith(`${repository}/`) ? workflowRef.slice(repository.length + 1) : workflowRef;
  const at = relative2.indexOf("@");
  return at < 0 ? { path: relative2, ref: "" } : { path: relative2.slice(0, at), ref: relative2.slice(at + 1) };
}
function provenancePredicate(facts) {
  const repoUrl = `${facts.serverUrl}/${facts.repository}`;
  const workflow = splitWorkflowRef(facts.workflowRef, facts.repository);
  return {
    buildDefinition: {
      buildType: GITHUB_WORKFLOW_BUILD_TYPE,
      externalParameters: {
        workflow: { ref: workflow.ref, repository: repoUrl, path: workflow.path }
      },
      internalParameters: {
        github: {
          event_name: facts.eventName,
          repository_id: facts.repositoryId,
          repository_owner_id: facts.repositoryOwnerId,
          runner_environment: facts.runnerEnvironment
        }
      },
      resolvedDependencies: [
        { uri: `git+${repoUrl}@${facts.ref}`, digest: { gitCommit: facts.sha } }
      ]
    },
    runDetails: {
      builder: { id: `${facts.serverUrl}/${facts.jobWorkflowRef}` },
      metadata: {
        invocationId: `${repoUrl}/actions/runs/${facts.runId}/attempts/${facts.runAttempt}`
      }
    }
  };
}
var SHA256_HEX = /^[0-9a-f]{64}$/;
function provenanceSubjects(files) {
  const subjects = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.filename === "" || /[\\/]/.test(file.filename)) {
      throw new Error(`a subject is a bare filename, not ${JSON.stringify(file.filename)}`);
    }
    const sha256 = file.sha256.toLowerCase();
    if (!SHA256_HEX.test(sha256)) {
      throw new Error(`the sha256 of ${file.filename} is not 64 hex digits: ${file.sha256}`);
    }
    const seen = subjects.get(file.filename);
    if (seen !== void 0 && seen !== sha256) {
      throw new Error(`${file.filename} is given twice with different sha256 (${seen}, ${sha256})`);
    }
    subjects.set(file.filename, sha256);
  }
  if (subjects.size === 0) throw new Error("an attestation needs at least one file");
  return [...subjects].map(([name, sha256]) => ({ name, digest: { sha256 } }));
}
function provenanceStatement(files, facts) {
  return Buffer.from(
    JSON.stringify({
      _type: STATEMENT_TYPE,
      subject: provenanceSubjects(files),
      predicateType: SLSA_PROVENANCE_V1,
      predicate: provenancePredicate(facts)
    }),
    "utf8"
  );
}

// src/github/lazy-attestation-store.ts
var loadAttestationStore = () => import("./attestation-store-FSRFMUM5.js");

// src/provenance/github-attestation.ts
function payloadVisibility(env = process.env) {
  const payload = readEventPayloadQuietly(env);
  const repository = payload?.repository;
  if (typeof repository?.visibility === "string") return repository.visibility;
  if (typeof repository?.private === "boolean") return repository.private ? "private" : "public";
  return void 0;
}
function preflightGithubAttestations(inputs, context, files, env = process.env) {
  const decision = decideGithubAttestations({
    enabled: inputs.githubAttestations,
    dryRun: inputs.dryRun,
    onRunner: env.GITHUB_ACTIONS === "true",
    canRequestIdToken: Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL),
    hasToken: inputs.githubToken !== "",
    repository: context.repository || void 0,
    visibility: payloadVisibility(env),
    missingEnv: missingProvenanceEnv(env)
  });
  if (!decision.attest) return { options: void 0, dryRunPlan: void 0, notes: void 0 };
  const filenames = files.map((file) => file.filename);
  const notes = context.repository ? githubAttestationNotes(filenames, context.repository) : void 0;
  if (inputs.dryRun) {
    return {
      options: void 0,
      dryRunPlan: describeGithubAttestation(filenames, context.repository, decision.problems),
      notes
    };
  }
  return {
    options: {
      repository: context.repository,
      apiUrl: context.apiUrl,
      serverUrl: context.serverUrl,
      token: inputs.githubToken,
      env
    },
    dryRunPlan: void 0,
    notes
  };
}
async function runGithubAttestation(files, options) {
  const env = options.env ?? process.env;
  const getIdToken = options.getIdToken ?? getIDToken;
  const { signInTotoStatement, sigstoreEndpoints } = await import("./sign-G3D34UTD.js");
  const endpoints = sigstoreEndpoints(env);
  let token;
  const identityToken = () => token ??= getIdToken("sigstore").then((value) => {
    setSecret(value);
    return value;
  });
  let bundle;
  try {
    const facts = provenanceFacts(env, decodeClaims(await identityToken()));
    bundle = await signInTotoStatement(provenanceStatement(files, facts), {
      endpoints,
      identityToken
    });
  } catch (error) {
    throw new UserError(
      `Signing the GitHub build-provenance attestation of ${files.map((file) => file.filename).join(", ")} with Sigstore (${endpoints.fulcioUrl}, ${endpoints.rekorUrl}) failed: ${error.message}. Nothing was stored; run the job again, or set github-attestations: false.`,
      "GitHub attestation failed"
    );
  }
  const { storeAttestation } = await loadAttestationStore();
  const { id } = await storeAttestation(bundle, {
    apiUrl: options.apiUrl,
    repository: options.repository,
    token: options.token
  });
  const url = `${options.serverUrl.replace(/\/+$/, "")}/${options.repository}/attestations/${id}`;
  info(
    `Stored the GitHub build-provenance attestation of ${files.length} file${files.length === 1 ? "" : "s"}: ${url}`
  );
  return { id, url };
}

// src/release/steps/publish-step.ts
var attestationPlan = releaseStep({
  name: "Attestations",
  sideEffect: false,
  reads: ["twine", "inspection"],
  writes: ["attestations", "attest", "githubAttest"],
  async run(state) {
    const { inputs, targets, context } = state;
    const decision = await preflightAttestations(
      inputs,
      targets.map((target) => ({ label: target.index.label, trusted: !target.token })),
      state.twine
    );
    for (const warning of decision.warnings)
      annotate({ level: "warning", title: "No attestations", message: warning });
    state.attestations = decision;
    if (decision.attest.some(Boolean)) state.attest = attestor();
    const github = preflightGithubAttestations(inputs, context, state.inspection.files);
    state.githubAttest = github;
    const pep740 = inputs.publish ? targets.map((target, i) => `${target.index.label}: ${decision.attest[i] ? "PEP 740" : "none"}`).join(", ") : "none: publish is false";
    return github.options || github.dryRunPlan ? `${pep740}; GitHub provenance` : pep740;
  }
});
var githubAttestation = releaseStep({
  name: "GitHub attestation",
  sideEffect: true,
  reads: ["githubAttest", "inspection"],
  note: ({ githubAttest }) => githubAttest.options ? void 0 : { status: "skipped", detail: "github-attestations: false" },
  async run(state) {
    const { options } = state.githubAttest;
    if (!options) throw new Error("Step graph: GitHub attestation ran without its options");
    const made = await runGithubAttestation(state.inspection.files, options);
    return made.url ?? `attestation ${made.id}`;
  }
});
function publishToIndex(target, position) {
  return releaseStep({
    name: `Publish to ${target.index.label}`,
    sideEffect: true,
    reads: ["validated", "inspection", "attestations", "twine"],
    mayRead: ["attest", "published"],
    writes: ["published", "pypiUrl"],
    async run(state) {
      const { name, version } = state.validated;
      const files = state.inspection.files.map((artifact) => ({
        filename: artifact.filename,
        path: artifact.path,
        sha256: artifact.sha256
      }));
      const attest = state.attestations.attest[position];
      const { publishTo } = await loadUploader();
      const done = await publishTo(
        state.twine,
        target,
        { name, version },
        files,
        attest ? state.attest : void 0,
        annotate
      );
      state.published = new Map([...state.published ?? [], [target.index.label, done]]);
      if (position === state.targets.length - 1)
        state.pypiUrl = projectPageUrl(target.index, name, version);
      return [
        done.uploaded.length ? `uploaded ${done.uploaded.join(", ")}` : "",
        done.skipped.length ? `already there: ${done.skipped.join(", ")}` : ""
      ].filter(Boolean).join("; ");
    }
  });
}
function installFromIndex(target) {
  return releaseStep({
    name: `Install from ${target.index.label}`,
    sideEffect: true,
    reads: ["validated", "inspection", "published"],
    async run(state) {
      const { validated, inspection, published } = state;
      const { name, version } = validated;
      const uploaded = published.get(target.index.label);
      if (!uploaded)
        throw new Error(`Step graph: no upload to ${target.index.label} before its install`);
      const tested = await testWheel({
        builder: "build",
        python: state.inputs.python,
        uvPath: void 0,
        wheel: inspection.wheel.path,
        projectName: name,
        importNames: inspection.importNames,
        version,
        smokeTest: "",
        fromIndex: simpleIndexUrl(uploaded.index)
      });
      return `${name}==${tested.installedVersion}`;
    }
  });
}

// src/release/steps/push-step.ts
var pushBumpStep = releaseStep({
  name: "Push",
  sideEffect: true,
  writes: ["pushed"],
  async run(state) {
    if (!state.landing) throw new Error("Step graph: Push is declared without a bump");
    const pushed = await pushBump(state.context.workspace, state.landing);
    state.pushed = true;
    return `pushed ${pushed}`;
  }
});

// src/release/steps/release-branch-step.ts
var releaseBranch = releaseStep({
  name: "Release branch",
  sideEffect: false,
  reads: ["validated"],
  writes: ["releaseBranch"],
  async run(state) {
    const { context, inputs } = state;
    const tag = state.requestedTag;
    if (tag === void 0) throw new Error("Step graph: Release branch is declared without a tag");
    const cwd = context.workspace;
    const commit = await tagCommit(cwd, tag);
    if (!commit) {
      throw new UserError(
        `The tag ${tag} is not in the checkout; check out the tag (actions/checkout does on a tag push).`,
        "Tag not found"
      );
    }
    const remote = await remoteBranches(cwd);
    const defaultBranch = context.defaultBranch ?? remote.head;
    const rule = releaseBranches(inputs.releaseBranches, defaultBranch, state.validated.tagNames);
    const candidates = releaseBranchCandidates(remote.branches, commit, rule);
    for (const branch of candidates) {
      if (await isOnRemoteBranch(cwd, commit, branch)) {
        state.releaseBranch = branch;
        return `${tag} is on ${branch}`;
      }
    }
    throw new UserError(
      `The tag ${tag} points at ${commit.slice(0, 12)}, which is on none of the release branches (${describeReleaseBranches(rule)}). Tag a commit that is on one of them, or list the branch in release-branches.`,
      "Tag not on a release branch"
    );
  }
});

// src/tools/find-twine.ts
import { mkdtemp as mkdtemp3 } from "node:fs/promises";
import { tmpdir as tmpdir3 } from "node:os";
import path14 from "node:path";
var TWINE_REQUIREMENT = "twine>=6.1,<7";
async function findTwine(python, uvPath) {
  const onPath = await which("twine", false);
  if (onPath) return { command: onPath, baseArgs: [], how: "twine on PATH" };
  const probe = await runCommand(python, ["-m", "twine", "--version"], { outsideWorkspace: true });
  if (probe.exitCode === 0)
    return { command: python, baseArgs: ["-m", "twine"], how: "python -m twine" };
  if (uvPath)
    return {
      command: uvPath,
      baseArgs: ["tool", "run", "--from", TWINE_REQUIREMENT, "twine"],
      how: `uv tool run ${TWINE_REQUIREMENT}`
    };
  info(
    `twine not found; installing ${TWINE_REQUIREMENT} into a virtual environment of its own.`
  );
  const venv = await mkdtemp3(path14.join(process.env.RUNNER_TEMP || tmpdir3(), "pyrelease-twine-"));
  const created = await runCommand(python, ["-m", "venv", venv], { outsideWorkspace: true });
  const installed = created.exitCode === 0 ? await runCommand(
    venvExecutable(venv, "python"),
    ["-m", "pip", "install", "--quiet", TWINE_REQUIREMENT],
    { outsideWorkspace: true }
  ) : created;
  if (installed.exitCode !== 0) {
    throw new UserError(
      `twine is not installed and could not be installed with ${python}:
${outputTail(installed)}
Install it before this step (pip install twine), put it on PATH, or set the python input to a Python that has it.`,
      "twine not available"
    );
  }
  return {
    command: venvExecutable(venv, "twine"),
    baseArgs: [],
    how: `${TWINE_REQUIREMENT} installed in a venv of its own`
  };
}

// src/tools/lazy-uv.ts
var loadUvSetup = () => import("./uv-WGBPBX4B.js");

// src/release/steps/setup-tools-step.ts
var setupUv = releaseStep({
  name: "Set up uv",
  sideEffect: false,
  writes: ["uv"],
  async run(state) {
    const { inputs } = state;
    const { DEFAULT_UV_VERSION, resolveUv } = await loadUvSetup();
    const found = await resolveUv({
      version: inputs.uvVersion || DEFAULT_UV_VERSION,
      githubToken: inputs.githubToken || void 0
    });
    state.uv = found;
    return `uv ${found.version} (${found.source})`;
  }
});
var setupTwine = releaseStep({
  name: "Set up twine",
  sideEffect: false,
  mayRead: ["uv"],
  writes: ["twine"],
  async run(state) {
    const twine = await findTwine(state.inputs.python, state.uv?.path);
    state.twine = twine;
    return twine.how ?? twine.command;
  }
});

// src/release/steps/validate-step.ts
import path15 from "node:path";
function refuseLocalVersion(run, tag) {
  const version = run.result.pep440 === void 0 ? null : parsePep440(run.result.pep440);
  if (!version?.local) return;
  const primary = run.project.primary;
  const where = primary ? `${primary.label} (${primary.file}:${primary.line})` : `the tag ${tag ?? run.result.tag ?? ""}`;
  throw new UserError(
    `${where} is ${version.raw}, a local version (+${version.local}); PyPI and TestPyPI refuse local versions (PEP 440). Release the public version ${version.normalized.split("+")[0]} instead, tagged without the +${version.local}. Nothing was built or published.`,
    "Local version",
    primary ? { file: primary.file, line: primary.line, column: primary.column } : void 0
  );
}
async function versionTagAtHead(cwd, prefix, projectNames) {
  const result = await git(cwd, ["tag", "--points-at", "HEAD"]);
  if (result.exitCode !== 0) return void 0;
  const tags = result.stdout.split("\n").filter(Boolean);
  return latestVersionTag(tags, prefix, projectNames)?.tag;
}
var validate = releaseStep({
  name: "Validate",
  sideEffect: false,
  writes: ["projectDir", "validated"],
  async run(state) {
    const { context, inputs, requestedTag } = state;
    let run = await runCheck(context, inputs, requestedTag);
    if (requestedTag === void 0 && run.project.origin.kind !== "file") {
      const headTag = await versionTagAtHead(context.workspace, inputs.tagPrefix, run.tagNames);
      if (headTag) run = await runCheck(context, inputs, headTag);
    }
    state.observed.check = run.result;
    for (const finding of run.result.findings) annotate(finding);
    if (!run.result.ok) {
      const errors = run.result.findings.filter((finding) => finding.level === "error");
      throw new UserError(
        `the version check found ${errors.length} problem${errors.length === 1 ? "" : "s"} (see the annotations): ${errors.map((e) => e.title).join(", ")}. Nothing was built or published.`,
        "Release refused"
      );
    }
    refuseLocalVersion(run, requestedTag);
    const { project, result: check } = run;
    if (!project.name) {
      const setup = project.setupFiles;
      const [describer] = setup.length > 0 ? setup.slice(-1) : project.buildFiles.slice(-1);
      throw new UserError(
        setup.length > 0 ? `${setup.join(" and ")} ${setup.length === 1 ? "names" : "name"} no project (setup.cfg [metadata] name, or a literal name="\u2026" in setup()); a release needs the name the index knows it by. Add name = your-package under [metadata] in setup.cfg, or name="your-package" in setup(), and commit. Nothing was built or published.` : `${project.pyprojectFile} names no project ([project].name, or [tool.poetry].name for Poetry 1); a release needs the name the index knows it by. Add name = "your-package" to its [project] table and commit. Nothing was built or published.`,
        "No project name",
        { file: describer ?? project.pyprojectFile }
      );
    }
    state.projectDir = path15.join(context.workspace, project.dir);
    if (check.tag === void 0 || check.pep440 === void 0) {
      if (requestedTag === void 0 && inputs.dryRun && !inputs.distDir && project.origin.kind !== "file") {
        state.validated = {
          check,
          project,
          tag: "",
          version: "",
          name: project.name,
          fromBuild: true,
          tagNames: run.tagNames
        };
        return `not tagged: the version is what the build computes (${project.origin.how})`;
      }
      throw new UserError(
        `The version of ${project.buildFiles.join(" and ")} is not written in its files (${project.origin.kind === "file" ? "no version" : project.origin.how}), and no tag names it. Release from a version tag: tag the commit (git tag -a v1.2.3) and run again.`,
        "No version to release",
        { file: project.buildFiles[0] ?? project.pyprojectFile }
      );
    }
    state.validated = {
      check,
      project,
      tag: check.tag,
      version: check.pep440,
      name: project.name,
      fromBuild: false,
      tagNames: run.tagNames
    };
    return `${check.tag} = ${check.pep440}${requestedTag ? "" : ", not tagged (local dry run)"}`;
  }
});

// src/release/release.ts
function names(steps) {
  return steps.filter((step) => step !== void 0).map((step) => step.name);
}
function after(step, ...needs) {
  return { ...step, needs: names(needs) };
}
function skipped(name, detail, sideEffect, ...needs) {
  return {
    name,
    needs: names(needs),
    sideEffect,
    note: () => ({ status: "skipped", detail })
  };
}
function releaseMode(inputs, landing) {
  if (inputs.dryRun) return "dry run";
  if (landing) return "bump";
  return inputs.distDir ? "prebuilt" : "tag";
}
function checkSteps(mode, state) {
  const { inputs, requestedTag } = state;
  const tagged = requestedTag !== void 0 ? exactTag : void 0;
  const validated = after(validate, tagged);
  const uv = inputs.builder === "uv" ? after(setupUv, validated) : void 0;
  const built = inputs.distDir ? skipped("Build", `dist-dir: ${inputs.distDir}`, false, validated) : after(build, validated, uv);
  const twine = after(setupTwine, uv ?? validated);
  const inspected = after(inspectArtifacts, built);
  const twineChecked = after(twineCheckStep, inspected, twine);
  return [
    ...tagged ? [tagged] : [],
    validated,
    // A bump checked its branch before committing; its commit reaches origin with the push.
    ...tagged && mode !== "bump" ? [after(releaseBranch, validated)] : [],
    ...uv ? [uv] : [],
    built,
    twine,
    inspected,
    twineChecked,
    // The wheel test installs with uv when that is the builder: after uv is set up.
    after(testTheWheel, inspected, uv),
    // After twine check, beside the longer wheel test: one Python process fewer at a time.
    after(attestationPlan, twineChecked)
  ];
}
function sideEffectSteps(mode, state) {
  const { inputs, context } = state;
  const pushed = mode === "bump" ? pushBumpStep : void 0;
  const steps = pushed ? [pushed] : [];
  let last = pushed;
  if (!inputs.publish) {
    last = skipped("Publish", "publish: false", true, pushed);
    steps.push(last);
  } else {
    for (const [i, target] of state.targets.entries()) {
      last = after(publishToIndex(target, i), last);
      steps.push(last);
      if (target.verifyInstall) {
        last = after(installFromIndex(target), last);
        steps.push(last);
      }
    }
  }
  const provenance = inputs.githubAttestations ? after(githubAttestation, pushed) : void 0;
  if (provenance) steps.push(provenance);
  if (!state.releaser) {
    steps.push(skipped("GitHub release", "no github-token or repository", true, pushed));
    return steps;
  }
  const drafted = after(draftRelease, githubAccess, pushed);
  const released = after(publishRelease, drafted, last, provenance);
  steps.push(drafted, released);
  let latest = released;
  if (inputs.closeMilestone) {
    latest = after(closeMilestone, released);
    steps.push(latest);
  }
  if (inputs.openNextCyclePr && state.requestedTag && context.eventName === "push")
    steps.push(after(nextCyclePullRequest, latest));
  return steps;
}
function releaseGraph(mode, state) {
  const checks = checkSteps(mode, state);
  if (mode === "dry run") {
    const plan = after(publishPlan, attestationPlan);
    return [...checks, plan, after(githubReleasePlan, plan)];
  }
  const access = state.releaser ? [after(githubAccess, ...checks)] : [];
  return [...checks, ...access, ...sideEffectSteps(mode, state)];
}
async function runRelease(context, inputs, requestedTag, pipeline = new Pipeline(), observed = {}, landing) {
  if (requestedTag !== void 0) refuseNonVersionTag(requestedTag, inputs.tagPrefix);
  const mode = releaseMode(inputs, landing);
  const state = {
    context,
    inputs,
    requestedTag,
    // A dry run is often on a maintainer's machine.
    dryRunBuildDir: inputs.dryRun ? await mkdtemp4(path16.join(process.env.RUNNER_TEMP || tmpdir4(), "pyrelease-dist-")) : void 0,
    targets: publishTargets(inputs),
    releaser: mode !== "dry run" && inputs.githubToken && context.repository ? deferredReleaser({
      token: inputs.githubToken,
      repository: context.repository,
      apiUrl: context.apiUrl,
      timeout: timeoutFromEnvironment(),
      warn: (message) => annotate({ level: "warning", title: "GitHub rate limit", message })
    }) : void 0,
    landing,
    plan: [],
    observed
  };
  if (inputs.builder === "build") void pipCanTargetOtherPython(inputs.python);
  try {
    await runGraph(releaseGraph(mode, state), state, pipeline, RESULTS);
  } catch (error) {
    if (landing && !state.pushed) await undoBump(context.workspace, landing);
    throw error;
  }
  const { check, project } = state.validated;
  const inspection = state.inspection;
  if (mode === "dry run") {
    info(
      `Dry run: nothing was uploaded, tagged or released. The rest would be:
  ${state.plan.join("\n  ")}`
    );
  }
  return {
    check,
    project,
    wheel: inspection.wheel,
    sdist: inspection.sdist,
    files: inspection.files,
    releaseUrl: state.release?.htmlUrl,
    releaseId: state.release?.id,
    pypiUrl: state.pypiUrl,
    plan: state.plan,
    pipeline,
    ...state.milestone && { milestone: state.milestone }
  };
}

// src/release/release-report.ts
var STATUS = {
  passed: "\u2713 passed",
  failed: "\u2717 failed",
  skipped: "\u2013 skipped",
  "dry run": "\u25CB dry run"
};
function summaryDetail(text2, limit = 120) {
  const line = text2.split("\n")[0];
  const short = line.length > limit ? `${line.slice(0, limit - 1)}\u2026` : line;
  return linkUrls(summaryText(short));
}
function linkUrls(escaped) {
  return escaped.replace(
    /https?:\/\/[^\s<>"]+[^\s<>".,;:)]/g,
    (url) => `<a href="${url}">${url}</a>`
  );
}
function link(url, label) {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
}
function relativeToWorkspace(text2, workspace) {
  const root = workspace.replace(/[\\/]+$/, "");
  return root ? text2.split(`${root}${path17.sep}`).join("").split(root).join(".") : text2;
}
function addSteps(summary, pipeline, workspace) {
  const relative2 = (text2) => relativeToWorkspace(text2, workspace);
  summary.addHeading("Release steps", 3);
  summary.addTable([
    [
      { data: "Step", header: true },
      { data: "Result", header: true },
      { data: "Time", header: true },
      { data: "Detail", header: true }
    ],
    ...pipeline.records.map((record) => [
      summaryText(record.name),
      STATUS[record.status],
      seconds(record.durationMs),
      summaryDetail(relative2(record.detail)) || "\u2014"
      // an empty cell would be left unclosed
    ])
  ]);
  const failed = pipeline.records.find((record) => record.status === "failed");
  if (failed?.reason) {
    summary.addHeading(`Stopped at ${summaryText(failed.name)}`, 3).addRaw(`<pre>${linkUrls(escapeHtml(relative2(failed.reason)))}</pre>`, true);
  }
}
function addMilestone(summary, outcome) {
  const closed = outcome.milestone;
  if (!closed?.next) return;
  summary.addHeading(
    `Milestone ${summaryText(closed.title)} closed; moved to ${summaryText(closed.next.title)}${closed.next.created ? " (created)" : ""}`,
    3
  ).addList(
    closed.moved.map(
      (item) => `#${item.number} ${summaryText(item.title)}${item.pullRequest ? " (pull request)" : ""}`
    )
  );
}
function addOutcome(summary, outcome, dryRun) {
  summary.addHeading("Artifacts", 3);
  summary.addTable([
    [
      { data: "File", header: true },
      { data: "Size", header: true },
      { data: "sha256", header: true }
    ],
    ...outcome.files.map((artifact) => [
      summaryText(artifact.filename),
      `${artifact.size.toLocaleString("en-US")} bytes`,
      `<code>${summaryText(artifact.sha256)}</code>`
    ])
  ]);
  const links = [];
  if (outcome.pypiUrl) links.push(link(outcome.pypiUrl, summaryText(outcome.pypiUrl)));
  if (outcome.releaseUrl) links.push(link(outcome.releaseUrl, "GitHub release"));
  if (links.length > 0) summary.addHeading("Links", 3).addList(links);
  addMilestone(summary, outcome);
  if (dryRun)
    summary.addHeading("Dry run: what would happen", 3).addRaw(`<pre lang="text"><code>${escapeHtml(outcome.plan.join("\n"))}</code></pre>`, true);
}
async function runReleaseAndReport(context, inputs, tag, landing) {
  const pipeline = new Pipeline();
  const observed = {};
  let outcome;
  try {
    outcome = await runRelease(context, inputs, tag, pipeline, observed, landing);
  } finally {
    await writeSummary((summary) => {
      summary.addHeading(
        `pyrelease ${summaryText(outcome?.check.tag ?? tag ?? "")}${inputs.dryRun ? " (dry run)" : ""}: ${outcome ? "\u2713" : "\u2717"}`,
        2
      );
      addSteps(summary, pipeline, context.workspace);
      const check = outcome?.check ?? observed.check;
      if (check) addCheckSummary(summary, check);
      if (outcome) addOutcome(summary, outcome, inputs.dryRun);
    });
  }
  setCheckOutputs(outcome.check);
  const relative2 = (file) => {
    const inside = path17.relative(context.workspace, file);
    return inside.startsWith("..") || path17.isAbsolute(inside) ? file : inside.split(path17.sep).join("/");
  };
  setOutput("wheel", relative2(outcome.wheel.path));
  setOutput("sdist", outcome.sdist ? relative2(outcome.sdist.path) : "");
  setOutput("release-url", outcome.releaseUrl ?? "");
  setOutput("release-id", outcome.releaseId === void 0 ? "" : String(outcome.releaseId));
  setOutput("pypi-url", outcome.pypiUrl ?? "");
  return outcome;
}
export {
  runReleaseAndReport
};
