import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  ExitCode,
  UserError,
  addCheckSummary,
  annotate,
  annotateUserError,
  endGroup,
  environmentInputs,
  info,
  readInputs,
  runCheck,
  setCheckOutputs,
  setFailed,
  startGroup,
  writeSummary
} from "./chunks/chunk-WEBEVJG6.js";

// src/context.ts
import { readFileSync } from "node:fs";
function readPayload(path) {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UserError(
      `The event payload ${path} (GITHUB_EVENT_PATH) could not be read: ${error.message}.`,
      "Unreadable event payload"
    );
  }
}
function readContext(env = process.env, cwd = process.cwd()) {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const ref = env.GITHUB_REF ?? "";
  const payload = eventName.startsWith("pull_request") ? readPayload(env.GITHUB_EVENT_PATH) : {};
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
    sha: env.GITHUB_SHA
  };
}

// src/main.ts
function pickMode(mode, context) {
  if (mode !== "auto") return mode;
  if (context.eventName.startsWith("pull_request")) return "check";
  return "check";
}
async function check(context, inputs) {
  const { result } = await runCheck(context, inputs, context.tag);
  startGroup(`Version ${result.version}: ${result.rows.length} sources compared`);
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
async function run() {
  try {
    const inputs = readInputs(environmentInputs());
    const context = readContext();
    const mode = pickMode(inputs.mode, context);
    await check(context, inputs);
    void mode;
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
