import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  getExecOutput,
  isDebug
} from "./chunk-KGWCHQFJ.js";
import {
  debug,
  endGroup,
  info,
  startGroup
} from "./chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";

// src/tools/run.ts
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// src/pipeline.ts
import { AsyncLocalStorage } from "node:async_hooks";
var stepOutput = new AsyncLocalStorage();
function recordOutput(text) {
  const output = stepOutput.getStore();
  if (!output) return false;
  output.push(text);
  return true;
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
var Pipeline = class {
  records = [];
  /** Runs one step; its tools' output is printed in a group named after it when it ends. */
  async step(name, work, describe) {
    const started = Date.now();
    const output = [];
    let failure;
    try {
      const result = await stepOutput.run(output, work);
      this.records.push({
        name,
        status: "passed",
        durationMs: Date.now() - started,
        detail: describe?.(result) ?? ""
      });
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failure = message;
      this.records.push({
        name,
        status: "failed",
        durationMs: Date.now() - started,
        detail: message.split("\n")[0],
        reason: message
      });
      if (error instanceof UserError) {
        throw new UserError(`${name} failed: ${error.message}`, error.title, error.location);
      }
      throw error;
    } finally {
      const took = seconds(Date.now() - started);
      startGroup(`${name} (${failure === void 0 ? "" : "failed, "}${took})`);
      const text = output.join("\n").trimEnd();
      if (text) info(text);
      else info(failure === void 0 ? "No tool output." : "Failed before any tool ran.");
      endGroup();
    }
  }
  note(name, status, detail) {
    this.records.push({ name, status, durationMs: 0, detail });
  }
};

// src/tools/run.ts
var outsideDir;
function outsideWorkspaceDir() {
  outsideDir ??= mkdtemp(path.join(process.env.RUNNER_TEMP || tmpdir(), "pyrelease-tools-"));
  return outsideDir;
}
function environment(options) {
  const base = options.inheritEnv === false ? { ...options.env } : options.env || options.outsideWorkspace ? { ...process.env, ...options.env } : void 0;
  if (!options.outsideWorkspace || !base) return base;
  const env = { ...base, PYTHONSAFEPATH: "1" };
  delete env.PYTHONPATH;
  return env;
}
function missingToolHint(command) {
  const name = path.win32.basename(path.posix.basename(command)).toLowerCase();
  if (/^(python|py)[\d.]*(\.exe)?$/.test(name)) {
    return "Set the python input to a Python interpreter (in a workflow, run actions/setup-python before this step; from the command line, pass --python PATH).";
  }
  if (/^uvx?(\.exe)?$/.test(name)) {
    return "Install uv before this step (astral-sh/setup-uv) or set uv-version, or set builder: build (--builder build from the command line).";
  }
  if (/^twine(\.exe)?$/.test(name)) {
    return "Install twine before this step (pip install twine), or set the python input to a Python that has it.";
  }
  return `Install ${command}, or put it on PATH.`;
}
async function runCommand(command, args, options = {}) {
  const started = Date.now();
  debug(`run: ${[command, ...args].map((arg) => JSON.stringify(arg)).join(" ")}`);
  const result = await getExecOutput(command, [...args], {
    cwd: options.outsideWorkspace ? await outsideWorkspaceDir() : options.cwd,
    env: environment(options),
    // Never streamed: a tool's output is the project's text, printed inert below in debug.
    silent: true,
    ignoreReturnCode: true
  }).catch((error) => {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      `${command} could not be started (${reason.replace(/\.$/, "")}). ${missingToolHint(command)}`,
      `${path.basename(command)} not found`
    );
  });
  const output = `${result.stdout}${result.stderr}`.trimEnd();
  const recorded = recordOutput(
    `$ ${showCommand(command, args)}
${output ? `${output}
` : ""}(exit code ${result.exitCode}, ${seconds(Date.now() - started)})`
  );
  if (!recorded && isDebug() && output) info(output);
  return {
    exitCode: result.exitCode,
    stdout: result.stdout,
    stderr: result.stderr,
    durationMs: Date.now() - started
  };
}
function outputTail(result, lines = 25) {
  const text = `${result.stdout}
${result.stderr}`.trim().split("\n");
  return text.slice(-lines).join("\n");
}
function showCommand(command, args) {
  return [command, ...args].map((arg) => /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`).join(" ");
}

export {
  recordOutput,
  seconds,
  Pipeline,
  outsideWorkspaceDir,
  runCommand,
  outputTail,
  showCommand
};
