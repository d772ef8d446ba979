import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  ignoredReleaseAction
} from "./chunks/chunk-YMZL4QRV.js";
import {
  environmentInputs,
  packagesForRun,
  readInputs
} from "./chunks/chunk-Z2Q3A4MW.js";
import "./chunks/chunk-ULP2OQNC.js";
import {
  addBumpSummary,
  addCheckStopped,
  addCheckSummary,
  annotate,
  annotateUserError,
  fileSystemReader,
  loadProject,
  parseToml,
  repoPath,
  runCheck,
  setCheckOutputs,
  table,
  writeSummary
} from "./chunks/chunk-YFV2D3LU.js";
import {
  info,
  shown
} from "./chunks/chunk-CXE2L44P.js";
import "./chunks/chunk-CGYPN3IW.js";
import {
  ExitCode,
  endGroup,
  notice,
  setFailed,
  setOutput,
  startGroup
} from "./chunks/chunk-ASACAD7O.js";
import {
  UserError
} from "./chunks/chunk-M3OTX3ED.js";
import "./chunks/chunk-HN3VUIRH.js";

// src/run/context.ts
import { readFileSync } from "node:fs";

// src/run/refs.ts
function isCommitId(value) {
  return /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}
function refNameProblem(name) {
  if (name === "") return "it is empty";
  if (name.startsWith("-")) return 'it starts with "-", which git would read as an option';
  if (/[\u0000-\u0020\u007f]/.test(name))
    return "it contains a space, a line break or a control character";
  if (/[~^:?*[\\]/.test(name)) return "it contains one of ~ ^ : ? * [ \\";
  if (name.includes("..")) return 'it contains ".."';
  if (name.includes("@{") || name === "@") return 'it contains "@{" or is "@"';
  if (name.includes("//") || name.startsWith("/") || name.endsWith("/"))
    return "it has an empty path component";
  if (name.endsWith(".") || name.split("/").some((part) => part.startsWith(".") || part.endsWith(".lock")))
    return 'a component starts with "." or ends with ".lock", or the name ends with "."';
  return void 0;
}

// src/run/context.ts
function payloadError(path, problem) {
  return new UserError(
    `The event payload ${path} (GITHUB_EVENT_PATH) ${problem}. The runner writes it; if you start pyrelease yourself, give it the JSON object of the event.`,
    "Invalid event payload"
  );
}
function readPayload(path) {
  if (!path) return {};
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UserError(
      `The event payload ${path} (GITHUB_EVENT_PATH) could not be read: ${error.message}.`,
      "Unreadable event payload"
    );
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw payloadError(path, `is not JSON (${error.message})`);
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw payloadError(
      path,
      `is ${parsed === null ? "null" : Array.isArray(parsed) ? "an array" : `a ${typeof parsed}`}, not a JSON object`
    );
  }
  return parsed;
}
function refName(value, what) {
  const problem = typeof value === "string" ? refNameProblem(value) : `it is ${JSON.stringify(value)}, not a string`;
  if (problem !== void 0) {
    throw new UserError(
      `${what} ${JSON.stringify(value)} is not a valid git ref name: ${problem}. pyrelease passes no such value to git.`,
      "Invalid ref name"
    );
  }
  return value;
}
function commitId(value, what) {
  if (typeof value === "string" && isCommitId(value)) return value;
  throw new UserError(
    `${what} ${JSON.stringify(value)} is not a commit id (40 or 64 lowercase hex digits). pyrelease passes no such value to git.`,
    "Invalid commit id"
  );
}
function pullRequest(payload) {
  const pr = payload.pull_request;
  if (pr === void 0 || pr === null) return void 0;
  const base = typeof pr === "object" ? pr.base : void 0;
  if (!base || typeof base !== "object" || base.ref === void 0 && base.sha === void 0)
    return void 0;
  const number = pr.number === void 0 ? 0 : pr.number;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 0) {
    throw new UserError(
      `pull_request.number in the event payload is ${JSON.stringify(number)}, not a pull request number.`,
      "Invalid event payload"
    );
  }
  return {
    number,
    baseRef: refName(base.ref, "pull_request.base.ref in the event payload"),
    baseSha: commitId(base.sha, "pull_request.base.sha in the event payload")
  };
}
function readContext(env = process.env, cwd = process.cwd()) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const ref = env.GITHUB_REF ?? "";
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const tag = ref.startsWith("refs/tags/") ? refName(ref.slice("refs/tags/".length), "The tag in GITHUB_REF") : void 0;
  const branch = ref.startsWith("refs/heads/") ? refName(ref.slice("refs/heads/".length), "The branch in GITHUB_REF") : void 0;
  const defaultBranch = payload.repository?.default_branch;
  const sha = env.GITHUB_SHA || void 0;
  return {
    eventName,
    ref,
    tag,
    branch,
    pullRequest: pullRequest(payload),
    workspace: env.GITHUB_WORKSPACE || cwd,
    repository: env.GITHUB_REPOSITORY,
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    sha: sha === void 0 ? void 0 : commitId(sha, "GITHUB_SHA"),
    defaultBranch: defaultBranch === void 0 || defaultBranch === null ? void 0 : refName(defaultBranch, "repository.default_branch in the event payload"),
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    dispatchInputs: Object.fromEntries(
      Object.entries(
        payload.inputs && typeof payload.inputs === "object" ? payload.inputs : {}
      ).map(([key, value]) => [key, String(value)])
    )
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
  const folders = await packageFolders(reader);
  return Promise.all(
    folders.map(async (dir) => {
      const project = await loadProject(reader, { dir, changelog: "none", versionFiles: [] }).catch(
        () => void 0
      );
      return { dir, name: project?.name };
    })
  );
}

// src/action/action.ts
async function runPackages(context, inputs) {
  if (inputs.packages.length > 0 || ![".", "./"].includes(inputs.workingDirectory)) {
    return inputs.packages;
  }
  const found = await findPackages(fileSystemReader(context.workspace));
  if (found.length === 0) return [];
  info(
    `No Python project at the repository root; the packages in its folders are: ${found.map((entry) => `${entry.dir}${entry.name ? ` (${entry.name})` : ""}`).join(", ")}. Set the packages input to name them yourself.`
  );
  return found.map((entry) => ({ prefix: "", dir: entry.dir, found: { name: entry.name } }));
}
function pickMode(mode, context, bump2 = "") {
  if (mode !== "auto") return mode;
  if (context.eventName === "release") return "release";
  if (context.tag !== void 0 && !context.eventName.startsWith("pull_request")) return "release";
  if (context.eventName === "workflow_dispatch" && (bump2 || context.dispatchInputs.bump))
    return "bump";
  return "check";
}
function forPackage(inputs, entry) {
  return entry ? { ...inputs, workingDirectory: entry.dir, tagPrefix: entry.prefix } : inputs;
}
async function check(context, inputs, packages) {
  const runs = [];
  for (const entry of packages.length > 0 ? packages : [void 0]) {
    const { result } = await runCheck(context, forPackage(inputs, entry), context.tag).catch(
      async (error) => {
        if (error instanceof UserError)
          await writeSummary((summary) => addCheckStopped(summary, error));
        throw error;
      }
    );
    runs.push({ entry, result });
  }
  for (const { entry, result } of runs) {
    startGroup(
      `${entry ? `${entry.dir}: v` : "V"}ersion ${result.version ?? "(from the tag or the build)"}: ${result.rows.length} sources compared`
    );
    for (const row of result.rows) {
      info(`${row.ok ? "\u2713" : "\u2717"} ${row.source}: ${shown(row.value)}`);
    }
    endGroup();
    for (const finding of result.findings) annotate(finding);
  }
  const ok = runs.every(({ result }) => result.ok);
  const only = runs.length === 1 ? runs[0] : void 0;
  if (only?.result.ok) setCheckOutputs(only.result);
  await writeSummary((summary) => {
    for (const { entry, result } of runs) {
      if (entry)
        summary.addHeading(
          `Package ${entry.dir} (${entry.found ? entry.found.name ?? "no name" : `tags ${entry.prefix}\u2026`})`,
          2
        );
      addCheckSummary(summary, result);
    }
  });
  if (!ok) {
    const errors = runs.flatMap(({ result }) => result.findings).filter((finding) => finding.level === "error").length;
    setFailed(
      `Version check failed with ${errors} error${errors === 1 ? "" : "s"}; see the annotations above.`
    );
  }
}
async function release(context, runInputs, entry, monorepo) {
  const inputs = forPackage(runInputs, entry);
  if (context.tag === void 0 && !inputs.dryRun) {
    throw new UserError(
      `mode: release needs a tag push (GITHUB_REF is ${JSON.stringify(context.ref)}). Run it on \`push: tags: ['${inputs.tagPrefix || "v"}*']\`, or use mode: bump from workflow_dispatch.`,
      "No tag to release"
    );
  }
  if (context.tag === void 0) {
    if (monorepo && !entry) {
      throw new UserError(
        "An untagged dry run releases one package: set the package input to its folder or tag prefix.",
        "No package named"
      );
    }
    notice(
      `No tag (GITHUB_REF is ${JSON.stringify(context.ref)}): a dry run of the version the files carry, untagged. Nothing is tagged, uploaded or released; a release needs a tag push.`,
      { title: "Untagged dry run" }
    );
  }
  const { runReleaseAndReport } = await import("./chunks/release-RMSFLPMH.js");
  await runReleaseAndReport(context, inputs, context.tag);
}
async function bump(context, inputs) {
  const { runBump } = await import("./chunks/bump-4PPPXHCZ.js");
  const bumped = await runBump(context, inputs);
  await writeSummary((summary) => addBumpSummary(summary, bumped, inputs.dryRun));
  if (!bumped.landing) {
    setOutput("version", bumped.version);
    setOutput("tag", bumped.tag);
    return;
  }
  const tagged = { ...context, tag: bumped.tag, ref: `refs/tags/${bumped.tag}` };
  const { runReleaseAndReport } = await import("./chunks/release-RMSFLPMH.js");
  await runReleaseAndReport(tagged, inputs, bumped.tag, bumped.landing);
}
async function run() {
  try {
    const inputs = readInputs(environmentInputs());
    const context = readContext();
    const mode = pickMode(inputs.mode, context, inputs.bump);
    const ignored = mode === "release" ? ignoredReleaseAction() : void 0;
    if (ignored) {
      annotate({
        level: "notice",
        title: "Release event ignored",
        message: `A release was ${ignored}: pyrelease releases when one is published (release types published, released, prereleased), so nothing was built, uploaded or changed. Add \`types: [published]\` under \`on: release:\` so this workflow does not run for the others.`
      });
      return;
    }
    const configured = await runPackages(context, inputs);
    const packages = packagesForRun(mode, configured, {
      tag: context.tag,
      named: inputs.package || context.dispatchInputs.package || "",
      repository: context.repository
    });
    if (mode === "release") await release(context, inputs, packages[0], configured.length > 0);
    else if (mode === "bump") await bump(context, forPackage(inputs, packages[0]));
    else await check(context, inputs, packages);
  } catch (error) {
    if (error instanceof UserError) {
      annotateUserError(error);
      process.exitCode = ExitCode.Failure;
    } else {
      setFailed(
        `Unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}`
      );
    }
  }
}

// src/index.ts
process.on("unhandledRejection", (reason) => {
  if (reason instanceof UserError) {
    annotateUserError(reason);
    process.exitCode = ExitCode.Failure;
  } else {
    setFailed(
      `Unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`
    );
  }
});
await run();
