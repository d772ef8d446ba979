import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  environmentInputs,
  readInputs
} from "./chunks/chunk-PDAP5MVA.js";
import {
  addCheckSummary,
  annotate,
  annotateUserError,
  setCheckOutputs,
  writeSummary
} from "./chunks/chunk-ITFDCVJS.js";
import {
  runCheck
} from "./chunks/chunk-XRXHDS5F.js";
import {
  ExitCode,
  endGroup,
  info,
  setFailed,
  setOutput,
  startGroup
} from "./chunks/chunk-7RSA3HED.js";
import {
  UserError
} from "./chunks/chunk-M3OTX3ED.js";
import "./chunks/chunk-HN3VUIRH.js";

// src/context.ts
import { readFileSync } from "node:fs";
function readPayload(path) {
  if (!path) return {};
  let payload;
  try {
    payload = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UserError(
      `The event payload ${path} (GITHUB_EVENT_PATH) could not be read: ${error.message}.`,
      "Unreadable event payload"
    );
  }
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) {
    throw new UserError(
      `The event payload ${path} (GITHUB_EVENT_PATH) is ${JSON.stringify(payload)?.slice(0, 40)}, not a JSON object as GitHub writes it.`,
      "Unreadable event payload"
    );
  }
  return payload;
}
function readContext(env = process.env, cwd = process.cwd()) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const ref = env.GITHUB_REF ?? "";
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const base = payload.pull_request?.base;
  return {
    eventName,
    ref,
    tag: ref.startsWith("refs/tags/") ? ref.slice("refs/tags/".length) : void 0,
    branch: ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0,
    pullRequest: base?.ref && base.sha ? { number: payload.pull_request?.number ?? 0, baseRef: base.ref, baseSha: base.sha } : void 0,
    workspace: env.GITHUB_WORKSPACE || cwd,
    repository: env.GITHUB_REPOSITORY,
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    sha: env.GITHUB_SHA,
    defaultBranch: payload.repository?.default_branch,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    dispatchInputs: Object.fromEntries(
      Object.entries(payload.inputs ?? {}).map(([key, value]) => [key, String(value)])
    )
  };
}

// src/main.ts
function pickMode(mode, context, bump2 = "") {
  if (mode !== "auto") return mode;
  if (context.tag !== void 0 && !context.eventName.startsWith("pull_request")) return "release";
  if (context.eventName === "workflow_dispatch" && (bump2 || context.dispatchInputs.bump))
    return "bump";
  return "check";
}
async function check(context, inputs) {
  const { result } = await runCheck(context, inputs, context.tag);
  startGroup(
    `Version ${result.version ?? "(from the tag or the build)"}: ${result.rows.length} sources compared`
  );
  for (const row of result.rows) {
    info(`${row.ok ? "\u2713" : "\u2717"} ${row.source}: ${row.value}`);
  }
  endGroup();
  for (const finding of result.findings) annotate(finding);
  if (result.ok) setCheckOutputs(result);
  await writeSummary((summary) => addCheckSummary(summary, result));
  if (!result.ok) {
    const errors = result.findings.filter((finding) => finding.level === "error").length;
    setFailed(
      `Version check failed with ${errors} error${errors === 1 ? "" : "s"}; see the annotations above.`
    );
  }
}
async function release(context, inputs) {
  if (context.tag === void 0) {
    throw new UserError(
      `mode: release needs a tag push (GITHUB_REF is ${JSON.stringify(context.ref)}). Run it on \`push: tags: ['${inputs.tagPrefix || "v"}*']\`, or use mode: bump from workflow_dispatch.`,
      "No tag to release"
    );
  }
  const { runReleaseAndReport } = await import("./chunks/release-report-KNCQNISG.js");
  await runReleaseAndReport(context, inputs, context.tag);
}
async function bump(context, inputs) {
  const { runBump } = await import("./chunks/bump-YYI5IRIW.js");
  const bumped = await runBump(context, inputs);
  if (!bumped.pushed) {
    setOutput("version", bumped.version);
    setOutput("tag", bumped.tag);
    return;
  }
  const tagged = { ...context, tag: bumped.tag, ref: `refs/tags/${bumped.tag}` };
  const { runReleaseAndReport } = await import("./chunks/release-report-KNCQNISG.js");
  await runReleaseAndReport(tagged, inputs, bumped.tag);
}
async function run() {
  try {
    const inputs = readInputs(environmentInputs());
    const context = readContext();
    const mode = pickMode(inputs.mode, context, inputs.bump);
    if (mode === "release") await release(context, inputs);
    else if (mode === "bump") await bump(context, inputs);
    else await check(context, inputs);
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
  setFailed(`Unhandled rejection: ${String(reason)}`);
});
await run();
