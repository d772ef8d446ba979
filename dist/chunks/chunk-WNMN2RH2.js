import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  byAudience,
  childEnvironment,
  option,
  setting,
  theOption
} from "./chunk-SINCDJQB.js";
import {
  isDebug
} from "./chunk-7OOC5VYS.js";
import {
  debug,
  endGroup,
  info,
  startGroup
} from "./chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunk-M3OTX3ED.js";

// src/tools/install-advice.ts
var UV_INSTALL_URL = "https://docs.astral.sh/uv/getting-started/installation/";
function installUv() {
  return byAudience({
    action: "Install uv before this step (astral-sh/setup-uv)",
    "command line": `Install uv (${UV_INSTALL_URL})`
  });
}
function installTwine(python) {
  return byAudience({
    action: "Install twine before this step (pip install twine)",
    "command line": `Install twine (${python} -m pip install twine)`
  });
}
function choosePython() {
  return byAudience({
    action: `Set ${theOption("python")} to a Python interpreter (in a workflow, run actions/setup-python before this step)`,
    "command line": `Pass ${setting("python", "PATH")} with a Python interpreter`
  });
}

// src/tools/run.ts
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

// src/pipeline.ts
import { AsyncLocalStorage } from "node:async_hooks";
var watchers = /* @__PURE__ */ new Set();
function watchSteps(watcher) {
  watchers.add(watcher);
  return () => void watchers.delete(watcher);
}
function closing(step) {
  const { failure, took } = step.ended;
  const quiet = failure === void 0 ? "No tool output." : "Failed before any tool ran.";
  return [
    ...step.spoke ? [] : [quiet],
    `${step.name}: ${failure === void 0 ? "passed" : "failed"} in ${took}`
  ];
}
var LogFloor = class {
  holder;
  waiting = [];
  open(step) {
    if (this.holder) this.waiting.push(step);
    else this.take(step);
  }
  write(step, text) {
    step.spoke = true;
    if (step === this.holder) info(text);
    else step.kept.push(text);
  }
  close(step, ended) {
    step.ended = ended;
    if (step !== this.holder) return;
    for (const line of closing(step)) info(line);
    endGroup();
    this.holder = void 0;
    for (const done of this.waiting.filter((other) => other.ended)) {
      startGroup(
        `${done.name} (${done.ended.failure === void 0 ? "" : "failed, "}${done.ended.took})`
      );
      if (done.kept.length > 0) info(done.kept.join("\n"));
      for (const line of closing(done)) info(line);
      endGroup();
    }
    this.waiting = this.waiting.filter((other) => !other.ended);
    const next = this.waiting.shift();
    if (next) this.take(next);
  }
  take(step) {
    this.holder = step;
    startGroup(step.name);
    if (step.kept.length > 0) info(step.kept.join("\n"));
    step.kept = [];
  }
};
var stepOutput = new AsyncLocalStorage();
function recordOutput(text) {
  const running = stepOutput.getStore();
  if (!running) return false;
  running.floor.write(running.step, text);
  return true;
}
function seconds(ms) {
  return `${(ms / 1e3).toFixed(1)} s`;
}
var Pipeline = class {
  records = [];
  floor = new LogFloor();
  /** Runs one step; its tools' output is printed in a group named after it as it comes. */
  async step(name, work, describe) {
    const started = Date.now();
    const step = { name, started, kept: [], spoke: false };
    this.floor.open(step);
    for (const watcher of watchers) watcher.started(name, started);
    let failure;
    try {
      const result = await stepOutput.run({ floor: this.floor, step }, work);
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
      for (const watcher of watchers) watcher.ended(name);
      this.floor.close(step, { failure, took: seconds(Date.now() - started) });
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
  const base = childEnvironment(process.env, options.env);
  const env = { ...base, PYTHONUNBUFFERED: "1" };
  if (!options.outsideWorkspace) return env;
  delete env.PYTHONPATH;
  return { ...env, PYTHONSAFEPATH: "1" };
}
function lineSplitter(line) {
  const decoder = new StringDecoder("utf8");
  let partial = "";
  const emit = (text) => line(text.slice(text.lastIndexOf("\r") + 1));
  return {
    write(chunk) {
      const parts = (partial + decoder.write(chunk)).split("\n");
      partial = parts.pop();
      parts.forEach(emit);
    },
    end() {
      const rest = partial + decoder.end();
      if (rest) emit(rest);
    }
  };
}
function spawnCommand(command, args, options, line) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true
    });
    const chunks = { stdout: [], stderr: [] };
    const lines = { stdout: lineSplitter(line), stderr: lineSplitter(line) };
    for (const name of ["stdout", "stderr"]) {
      child[name].on("data", (chunk) => {
        chunks[name].push(chunk);
        lines[name].write(chunk);
      });
    }
    child.on("error", reject);
    child.on("close", (code) => {
      lines.stdout.end();
      lines.stderr.end();
      resolve({
        exitCode: code ?? 1,
        stdout: Buffer.concat(chunks.stdout).toString("utf8"),
        stderr: Buffer.concat(chunks.stderr).toString("utf8")
      });
    });
  });
}
function missingToolHint(command) {
  const name = path.win32.basename(path.posix.basename(command)).toLowerCase();
  if (/^(python|py)[\d.]*(\.exe)?$/.test(name)) {
    return `${choosePython()}.`;
  }
  if (/^uvx?(\.exe)?$/.test(name)) {
    return `${installUv()}, or name a uv release in ${option("builder")} (${setting("builder", "uv@0.12.16")}), or set ${setting("builder", "build")}.`;
  }
  if (/^twine(\.exe)?$/.test(name)) {
    return `${installTwine("python3")}, or set ${theOption("python")} to a Python that has it.`;
  }
  return `Install ${command}, or put it on PATH.`;
}
async function runCommand(command, args, options = {}) {
  const started = Date.now();
  debug(`run: ${[command, ...args].map((arg) => JSON.stringify(arg)).join(" ")}`);
  const inStep = recordOutput(`$ ${showCommand(command, args)}`);
  const result = await spawnCommand(
    command,
    args,
    {
      cwd: options.outsideWorkspace ? await outsideWorkspaceDir() : options.cwd,
      env: environment(options)
    },
    (line) => void (inStep && recordOutput(line))
  ).catch((error) => {
    const { code, message } = error;
    const reason = code === "ENOENT" ? "not found" : code === "EACCES" ? "not executable" : message;
    if (inStep) recordOutput(`(could not be started: ${reason})`);
    throw new UserError(
      `${command} could not be started (${reason.replace(/\.$/, "")}). ${missingToolHint(command)}`,
      `${path.basename(command)} not found`
    );
  });
  if (inStep) recordOutput(`(exit code ${result.exitCode}, ${seconds(Date.now() - started)})`);
  const output = `${result.stdout}${result.stderr}`.trimEnd();
  if (!inStep && isDebug() && output) info(output);
  return { ...result, durationMs: Date.now() - started };
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
  watchSteps,
  recordOutput,
  seconds,
  Pipeline,
  installUv,
  installTwine,
  outsideWorkspaceDir,
  runCommand,
  outputTail,
  showCommand
};
