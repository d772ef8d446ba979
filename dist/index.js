import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  ignoredReleaseAction
} from "./chunks/chunk-YMZL4QRV.js";
import {
  deprecationWarnings,
  describeFound,
  environmentInputs,
  inputsForPackage,
  packagesForRun,
  readInputs,
  runPackages
} from "./chunks/chunk-YISBBST4.js";
import "./chunks/chunk-ULP2OQNC.js";
import {
  NOT_A_VERSION,
  addBumpSummary,
  addCheckStopped,
  addCheckSummary,
  annotate,
  annotateUserError,
  fileSystemReader,
  runCheck,
  setCheckOutputs,
  summaryText,
  writeSummary
} from "./chunks/chunk-TSZ2XSFJ.js";
import "./chunks/chunk-CGYPN3IW.js";
import "./chunks/chunk-SINCDJQB.js";
import {
  ExitCode,
  setOutput
} from "./chunks/chunk-7OOC5VYS.js";
import {
  annotation,
  endGroup,
  info,
  setFailed,
  shown,
  startGroup
} from "./chunks/chunk-QJ74AIE5.js";
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

// src/action/action.ts
async function packagesOf(context, inputs) {
  const packages = await runPackages(fileSystemReader(context.workspace), inputs, context);
  if (packages.some((entry) => entry.dir === ".")) {
    info(
      `The tag ${context.tag ?? ""} names a package in a folder of the repository, not the project at its root: ${describeFound(packages)}.`
    );
  } else if (packages.some((entry) => entry.found)) {
    info(
      `No Python project at the repository root; the packages in its folders are: ${describeFound(packages)}. Set the packages input to name them yourself.`
    );
  }
  return packages;
}
function pickMode(mode, context, bump2 = "") {
  if (mode !== "auto") return mode;
  if (context.eventName === "release") return "release";
  if (context.tag !== void 0 && !context.eventName.startsWith("pull_request")) return "release";
  if (context.eventName === "workflow_dispatch" && (bump2 || context.dispatchInputs.bump))
    return "bump";
  return "check";
}
async function check(context, inputs, packages) {
  const runs = [];
  for (const entry of packages.length > 0 ? packages : [void 0]) {
    const { result } = await runCheck(context, inputsForPackage(inputs, entry), context.tag).catch(
      async (error) => {
        if (error instanceof UserError)
          await writeSummary((summary) => addCheckStopped(summary, error));
        throw error;
      }
    );
    runs.push({ entry, result });
  }
  for (const { entry, result } of runs) {
    const invalid = result.rows.some((row) => row.value === NOT_A_VERSION);
    const version = result.version ?? (invalid ? NOT_A_VERSION : "(from the tag or the build)");
    startGroup(
      `${entry ? `${entry.dir}: v` : "V"}ersion ${version}: ${result.rows.length} sources compared`
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
          summaryText(
            `Package ${entry.dir} (${entry.found ? entry.found.name ?? "no name" : `tags ${entry.prefix}\u2026`})`
          ),
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
  const inputs = inputsForPackage(runInputs, entry);
  if (context.tag === void 0 && !inputs.dryRun) {
    throw new UserError(
      `mode: ${inputs.mode === "auto" ? "release" : inputs.mode} needs a tag push (GITHUB_REF is ${JSON.stringify(context.ref)}). Run it on \`push: tags: ['${inputs.tagPrefix || "v"}*']\`, or use mode: bump from workflow_dispatch.`,
      "No tag to release"
    );
  }
  if (context.tag === void 0) {
    if (monorepo && !entry) {
      throw new UserError(
        "An untagged dry run releases one package: give the workflow_dispatch input package (its folder or tag prefix), or list only that package in packages.",
        "No package named"
      );
    }
    annotation(
      "notice",
      `No tag (GITHUB_REF is ${JSON.stringify(context.ref)}): a dry run of the version the files carry, untagged. Nothing is tagged, uploaded or released; a release needs a tag push.`,
      { title: "Untagged dry run" }
    );
  }
  const { runReleaseAndReport } = await import("./chunks/release-G5AT5JLK.js");
  await runReleaseAndReport(context, inputs, context.tag);
}
async function bump(context, inputs) {
  const { runBump } = await import("./chunks/bump-4F7JAR7J.js");
  const bumped = await runBump(context, inputs);
  await writeSummary((summary) => addBumpSummary(summary, bumped, inputs.dryRun));
  if (!bumped.landing) {
    setOutput("version", bumped.version);
    setOutput("tag", bumped.tag);
    return;
  }
  const tagged = { ...context, tag: bumped.tag, ref: `refs/tags/${bumped.tag}` };
  const { runReleaseAndReport } = await import("./chunks/release-G5AT5JLK.js");
  await runReleaseAndReport(tagged, inputs, bumped.tag, bumped.landing);
}
async function run() {
  try {
    const inputs = readInputs(environmentInputs());
    for (const message of deprecationWarnings(environmentInputs()))
      annotate({ level: "warning", title: "Deprecated input", message });
    const context = readContext();
    const mode = pickMode(inputs.mode, context, inputs.bump);
    const releasing = mode === "release" || mode === "build" || mode === "publish";
    const ignored = releasing ? ignoredReleaseAction() : void 0;
    if (ignored) {
      annotate({
        level: "notice",
        title: "Release event ignored",
        message: `A release was ${ignored}: pyrelease releases when one is published (release types published, released, prereleased), so nothing was built, uploaded or changed. Add \`types: [published]\` under \`on: release:\` so this workflow does not run for the others.`
      });
      return;
    }
    const configured = await packagesOf(context, inputs);
    const packages = packagesForRun(releasing ? "release" : mode, configured, {
      tag: context.tag,
      named: inputs.package || context.dispatchInputs.package || "",
      repository: context.repository
    });
    if (releasing) await release(context, inputs, packages[0], configured.length > 0);
    else if (mode === "bump") await bump(context, inputsForPackage(inputs, packages[0]));
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
