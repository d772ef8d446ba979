#!/usr/bin/env node
import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  loadUvSetup
} from "./chunks/chunk-VIZIHYBP.js";
import {
  describeFound,
  inputsForPackage,
  packagesForRun,
  readInputs,
  runPackages
} from "./chunks/chunk-YISBBST4.js";
import {
  venvExecutable
} from "./chunks/chunk-ULP2OQNC.js";
import {
  fileSystemReader,
  git,
  renderCheckText,
  renderFindingText,
  runCheck
} from "./chunks/chunk-TSZ2XSFJ.js";
import {
  runCommand,
  showCommand,
  watchSteps
} from "./chunks/chunk-WNMN2RH2.js";
import "./chunks/chunk-CGYPN3IW.js";
import {
  FLAGS,
  speakTo
} from "./chunks/chunk-SINCDJQB.js";
import {
  which
} from "./chunks/chunk-7OOC5VYS.js";
import {
  write
} from "./chunks/chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunks/chunk-M3OTX3ED.js";
import "./chunks/chunk-HN3VUIRH.js";

// src/cli/cli.ts
import { mkdtempSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import path2 from "node:path";

// src/cli/cli-args.ts
import { parseArgs } from "node:util";

// src/cli/suggest.ts
function editDistance(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = Array.from(
    { length: rows },
    (_, i) => Array.from({ length: cols }, (_2, j) => i === 0 ? j : j === 0 ? i : 0)
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}
function closest(word, known) {
  const limit = Math.max(1, Math.floor(word.length / 4));
  let best;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance, tie] = [candidate, distance, false];
    else if (distance === bestDistance && candidate !== best) tie = true;
  }
  return best !== void 0 && bestDistance <= limit && !tie ? best : void 0;
}

// src/cli/cli-args.ts
var OPTIONS = {
  "working-directory": {
    type: "string",
    value: "DIR",
    help: "the project folder, instead of the DIR argument"
  },
  tag: {
    type: "string",
    value: "TAG",
    help: "compare with this tag as a tag push would (v0.1.15)"
  },
  base: {
    type: "string",
    value: "REF",
    help: "compare with the version on REF, as a pull request would"
  },
  changelog: {
    type: "string",
    value: "FILE",
    help: "changelog path, relative to DIR (default: found; none for a project without one)"
  },
  "version-files": {
    type: "string",
    value: "LIST",
    help: "extra files holding __version__, comma-separated"
  },
  "tag-prefix": {
    type: "string",
    value: "PREFIX",
    help: "tag prefix for a monorepo (default: 1.2.3, v1.2.3 and the project name before them)"
  },
  "release-branches": {
    type: "string",
    value: "LIST",
    help: "branches (or globs) a released tag must be on, comma-separated"
  },
  package: {
    type: "string",
    value: "NAME",
    help: "in a repository of several packages, the one to check (folder or tag prefix)"
  },
  "changelog-entry": {
    type: "string",
    value: "HOW",
    help: "auto, required (fail, not warn, when [Unreleased] is empty) or optional (bump anyway)"
  },
  "require-changelog-entry": {
    type: "boolean",
    help: "the same as --changelog-entry required"
  },
  "dry-run": { type: "boolean", help: "show what would happen and change nothing (required)" },
  builder: {
    type: "string",
    value: "uv|build",
    help: "build with uv or python -m build (default: uv when on PATH, else a Python with build)"
  },
  "no-build-isolation": { type: "boolean", help: "build with the backend already installed" },
  "uv-version": {
    type: "string",
    value: "VERSION",
    help: "the uv release to download when uv is not on PATH"
  },
  "dist-dir": {
    type: "string",
    value: "DIR",
    help: "check and test files built elsewhere instead of building"
  },
  python: {
    type: "string",
    value: "PATH",
    help: "the Python interpreter (default: the virtualenv's, python3 or python)"
  },
  "import-name": { type: "string", value: "NAME", help: "the module the wheel test imports" },
  "smoke-test": { type: "string", value: "CODE", help: "Python code run after the import" },
  bump: {
    type: "string",
    value: "LEVEL",
    help: "patch, minor, major, prepatch, preminor, premajor, prerelease, or a version"
  },
  preid: { type: "string", value: "ID", help: "alpha, beta or rc, for the pre* levels" },
  "version-style": {
    type: "string",
    value: "STYLE",
    help: "pep440 (0.2.0rc1, default) or semver (0.2.0-rc.1)"
  },
  "allow-empty-changelog": { type: "boolean", help: "the same as --changelog-entry optional" },
  help: { type: "boolean", short: "h", help: "show this help" },
  version: { type: "boolean", short: "V", help: "show pyrelease's version" }
};
var PROJECT = [
  "working-directory",
  "changelog",
  "version-files",
  "tag-prefix"
];
var COMMANDS = {
  check: {
    synopsis: "pyrelease check [DIR] [options]",
    about: "Every version number of the Python project in DIR (default: .) must agree:\npyproject.toml, __version__, CHANGELOG.md, uv.lock and, with --tag, the tag.\nExits 1 when one disagrees.",
    options: [...PROJECT, "tag", "base", "package", "changelog-entry", "require-changelog-entry"]
  },
  release: {
    synopsis: "pyrelease release --dry-run [DIR] [options]",
    about: "Validate, build, inspect the artifacts and test the wheel, then print what\nwould be uploaded and released. Nothing is uploaded or tagged: real releases\nrun in GitHub Actions.",
    options: [
      ...PROJECT,
      "dry-run",
      "tag",
      "release-branches",
      "builder",
      "no-build-isolation",
      "uv-version",
      "python",
      "dist-dir",
      "import-name",
      "smoke-test"
    ]
  },
  bump: {
    synopsis: "pyrelease bump --dry-run [DIR] --bump LEVEL [options]",
    about: 'Show what "Run workflow" with this bump would change: the diff of every file,\nthe commit message and the annotated tag. Nothing is written, committed or\npushed.',
    options: [
      ...PROJECT,
      "dry-run",
      "bump",
      "preid",
      "changelog-entry",
      "allow-empty-changelog",
      "version-style",
      "release-branches"
    ]
  }
};
function isCommand(name) {
  return name !== void 0 && Object.hasOwn(COMMANDS, name);
}
function optionLines(names) {
  const rows = names.map((name) => {
    const spec = OPTIONS[name];
    const flag = `${spec.short ? `-${spec.short}, ` : ""}--${name}${spec.value ? ` ${spec.value}` : ""}`;
    return [flag, spec.help];
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`).join("\n");
}
var USAGE = `Usage:
${Object.values(COMMANDS).map((command) => `  ${command.synopsis}`).join("\n")}
  pyrelease --version

Commands:
  check     check that every version number of the project agrees
  release   run the release pipeline as a dry run (build, inspect, test the wheel)
  bump      show what a bump from "Run workflow" would change

Run 'pyrelease <command> --help' for the options of a command.
`;
function commandUsage(command) {
  const spec = COMMANDS[command];
  return `Usage: ${spec.synopsis}

${spec.about}

Options:
${optionLines([...spec.options, "help"])}
`;
}
function didYouMean(word, known) {
  const near = closest(word, known);
  return near === void 0 ? "" : `; did you mean \`${near}\`?`;
}
var FLAG_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`);
function describeParseError(error) {
  const { code, message } = error;
  const option = /'(-[^' ]+)/.exec(message ?? "")?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) {
    const name = option.split("=")[0];
    return `unknown option ${option}${name.startsWith("--") ? didYouMean(name, FLAG_NAMES) : ""}`;
  }
  if (option && /argument missing/.test(message ?? "")) return `option ${option} needs a value`;
  if (option && /does not take an argument/.test(message ?? "")) {
    return `option ${option} takes no value`;
  }
  return (message ?? String(error)).split("\n")[0].replace(/\.\s.*$/, ".");
}
function parseCommandLine(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true
    });
  } catch (error) {
    const command = argv.find((arg) => !arg.startsWith("-"));
    return {
      kind: "error",
      message: describeParseError(error),
      usage: isCommand(command) ? commandUsage(command) : USAGE
    };
  }
  const { values, positionals, tokens } = parsed;
  const [first, ...rest] = positionals;
  if (first === "help") {
    if (rest.length === 0) return { kind: "help", text: USAGE };
    if (isCommand(rest[0]) && rest.length === 1) {
      return { kind: "help", text: commandUsage(rest[0]) };
    }
    return {
      kind: "error",
      message: `no help for ${JSON.stringify(rest.join(" "))}`,
      usage: USAGE
    };
  }
  if (first === void 0) {
    if (values.version) return { kind: "version" };
    if (values.help) return { kind: "help", text: USAGE };
    return { kind: "error", message: "no command given", usage: USAGE };
  }
  if (!isCommand(first)) {
    return {
      kind: "error",
      message: `unknown command ${JSON.stringify(first)}${didYouMean(first, [...Object.keys(COMMANDS), "help"])}`,
      usage: USAGE
    };
  }
  const usage = commandUsage(first);
  if (values.help) return { kind: "help", text: usage };
  const allowed = /* @__PURE__ */ new Set([...COMMANDS[first].options, "help"]);
  for (const token of tokens) {
    if (token.kind === "option" && !allowed.has(token.name)) {
      return { kind: "error", message: `${first} has no option ${token.rawName}`, usage };
    }
  }
  if (rest.length > 1) {
    return {
      kind: "error",
      message: `one project folder at most, not ${rest.map((arg) => JSON.stringify(arg)).join(" ")}`,
      usage
    };
  }
  if (rest.length === 1 && values["working-directory"] !== void 0) {
    return {
      kind: "error",
      message: "give the project folder as DIR or as --working-directory, not both",
      usage
    };
  }
  if (first === "bump" && values.bump === void 0) {
    return {
      kind: "error",
      message: "bump needs --bump LEVEL (patch, minor, major, pre\u2026, or a version)",
      usage
    };
  }
  return {
    kind: "run",
    command: first,
    dir: rest[0] ?? values["working-directory"] ?? ".",
    values
  };
}

// src/cli/cli-context.ts
import { realpath } from "node:fs/promises";
import path from "node:path";
async function existingDir(dir) {
  try {
    return await realpath(dir);
  } catch {
    throw new UserError(`The folder ${dir} does not exist.`, "Folder not found");
  }
}
async function localRun(dir, options = {}) {
  const project = await existingDir(path.resolve(dir));
  const top = await git(project, ["rev-parse", "--show-toplevel"]);
  const workspace = top.exitCode === 0 ? await existingDir(top.stdout.trim()) : project;
  const head = await git(project, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
  const branch = head.exitCode === 0 ? head.stdout.trim() || void 0 : void 0;
  const relative = path.relative(workspace, project).split(path.sep).join("/");
  return {
    workingDirectory: relative || ".",
    inRepository: top.exitCode === 0,
    context: {
      eventName: "cli",
      ref: branch ? `refs/heads/${branch}` : "",
      tag: options.tag,
      branch,
      pullRequest: options.base ? { number: 0, baseRef: options.base, baseSha: options.base } : void 0,
      workspace,
      repository: void 0,
      serverUrl: "https://github.com",
      sha: void 0,
      defaultBranch: void 0,
      apiUrl: "https://api.github.com",
      dispatchInputs: {}
    }
  };
}

// src/cli/cli-tools.ts
function pythonCandidates(given, env, platform = process.platform) {
  if (given) return [given];
  const venv = env.VIRTUAL_ENV ? [venvExecutable(env.VIRTUAL_ENV, "python", platform)] : [];
  return [...venv, ...platform === "win32" ? ["python"] : ["python3", "python"]];
}
function chooseBuilder(asked, found) {
  if (asked === "uv") return { builder: "uv", download: !found.uvOnPath };
  if (asked === void 0 && found.uvOnPath) return { builder: "uv", download: false };
  if (found.buildPython) return { builder: "build", python: found.buildPython };
  return asked === "build" ? { builder: "none" } : { builder: "uv", download: true };
}
function fixCommand(env, platform = process.platform) {
  if (env.VIRTUAL_ENV) {
    const python = venvExecutable(env.VIRTUAL_ENV, "python", platform);
    return showCommand(python, ["-m", "pip", "install", "build"]);
  }
  return platform === "win32" ? 'powershell -ExecutionPolicy ByPass -c "irm https://astral.sh/uv/install.ps1 | iex"' : "curl -LsSf https://astral.sh/uv/install.sh | sh";
}
async function hasBuild(python) {
  try {
    const probe = await runCommand(python, ["-c", "import build"], { outsideWorkspace: true });
    return probe.exitCode === 0;
  } catch {
    return false;
  }
}
async function firstWithBuild(candidates) {
  for (const python of candidates) if (await hasBuild(python)) return python;
  return void 0;
}
function neither(tried, why, env) {
  return new UserError(
    `pyrelease builds with uv or with Python's build module, and found neither: ${why}, and no Python has the build module (asked ${tried.join(", ")}). To fix it, run:
    ${fixCommand(env)}`,
    "Nothing to build with"
  );
}
function cause(message) {
  const first = message.split(/\.\s/)[0];
  return /: ([^:]+?)\)*$/.exec(first)?.[1] ?? first;
}
async function downloadUv(version) {
  const { DEFAULT_UV_VERSION, resolveUv } = await loadUvSetup();
  const uv = await resolveUv({ version: version || DEFAULT_UV_VERSION });
  process.env.PATH = [uv.path.replace(/[\\/][^\\/]+$/, ""), process.env.PATH].join(
    process.platform === "win32" ? ";" : ":"
  );
}
async function laptopBuilder(asked, env = process.env) {
  const builder = asked.builder === "uv" || asked.builder === "build" ? asked.builder : void 0;
  if (asked.builder !== void 0 && builder === void 0) return {};
  const uvOnPath = builder !== "build" && await which("uv", false) !== "";
  const tried = pythonCandidates(asked.python, env);
  const needPython = builder === "build" || !uvOnPath;
  const buildPython = needPython ? await firstWithBuild(tried) : void 0;
  const choice = chooseBuilder(builder, { uvOnPath, buildPython });
  if (choice.builder === "build") return { builder: "build", python: choice.python };
  if (choice.builder === "none") {
    throw new UserError(
      `--builder build needs Python's build module, and ${tried.join(", ")} ${tried.length === 1 ? "has" : "have"} none. To fix it, run:
    ${showCommand(tried[0], ["-m", "pip", "install", "build"])}`,
      "No build module"
    );
  }
  if (choice.download) {
    try {
      await downloadUv(asked.uvVersion);
    } catch (error) {
      if (!(error instanceof UserError) || builder === "uv") throw error;
      throw neither(
        tried,
        `uv is not on PATH and downloading it failed (${cause(error.message)})`,
        env
      );
    }
  }
  return { builder: "uv" };
}

// src/cli/status-line.ts
function statusText(running, now, columns) {
  const steps = [...running].map(([name, at]) => `${name} ${Math.floor((now - at) / 1e3)} s`);
  const text = `\u2026 ${steps.join(" \xB7 ")}`;
  return text.length < columns ? text : `${text.slice(0, Math.max(0, columns - 2))}\u2026`;
}
function startStatusLine(stream, paint2) {
  const running = /* @__PURE__ */ new Map();
  const write2 = stream.write.bind(stream);
  let shown = false;
  let atLineStart = true;
  let stopped = false;
  const clear = () => {
    if (shown) write2("\r\x1B[K");
    shown = false;
  };
  const draw = () => {
    clear();
    if (stopped || running.size === 0 || !atLineStart) return;
    write2(paint2.dim(statusText(running, Date.now(), stream.columns || 80)));
    shown = true;
  };
  stream.write = ((chunk, ...rest) => {
    clear();
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    const written = write2(chunk, ...rest);
    if (text !== "") atLineStart = text.endsWith("\n");
    draw();
    return written;
  });
  const timer = setInterval(draw, 1e3);
  timer.unref();
  const unwatch = watchSteps({
    started(name, at) {
      running.set(name, at);
      draw();
    },
    ended(name) {
      running.delete(name);
      draw();
    }
  });
  return () => {
    stopped = true;
    clearInterval(timer);
    unwatch();
    clear();
  };
}

// src/cli/terminal.ts
var WIDTH = 80;
function wantsColour(isTTY, env) {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return !["0", "false"].includes(force.toLowerCase());
  return isTTY === true && env.TERM !== "dumb";
}
var sgr = (on, off) => (text) => `\x1B[${on}m${text}\x1B[${off}m`;
function palette(colour) {
  if (!colour) {
    const plain = (text) => text;
    return { green: plain, red: plain, yellow: plain, cyan: plain, bold: plain, dim: plain };
  }
  return {
    green: sgr(32, 39),
    red: sgr(31, 39),
    yellow: sgr(33, 39),
    cyan: sgr(36, 39),
    bold: sgr(1, 22),
    dim: sgr(2, 22)
  };
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = "";
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
var MARKS = {
  passed: { mark: "\u2713", paint: "green" },
  failed: { mark: "\u2717", paint: "red" },
  skipped: { mark: "\u2013", paint: "dim" },
  "dry run": { mark: "\u25CB", paint: "cyan" }
};
function stepTable(records, colours = palette(false), width = WIDTH) {
  const nameWidth = Math.min(22, Math.max(4, ...records.map((record) => record.name.length)));
  const indent = 2 + nameWidth + 1 + 7 + 2;
  const detailWidth = Math.max(20, width - indent);
  const lines = [];
  for (const record of records) {
    const { mark, paint: paint2 } = MARKS[record.status];
    const name = wrap(record.name, nameWidth);
    const time = record.status === "passed" || record.status === "failed" ? `${(record.durationMs / 1e3).toFixed(1)} s` : "";
    const detail = wrap(record.detail.split("\n")[0], detailWidth);
    const rows = Math.max(name.length, detail.length);
    for (let row = 0; row < rows; row++) {
      const first = row === 0;
      const cells = `${first ? colours[paint2](mark) : " "} ${(name[row] ?? "").padEnd(nameWidth)} ${(first ? time : "").padStart(7)}  ${detail[row] ?? ""}`;
      lines.push(cells.trimEnd());
    }
  }
  return lines;
}
function artifactLines(files) {
  return files.flatMap((file) => [
    `  ${file.filename}  (${file.size.toLocaleString("en-US")} bytes)`,
    `    sha256 ${file.sha256}`
  ]);
}

// src/cli/cli.ts
var VERSION = true ? "0.1.0" : "development";
speakTo("command line");
var COLOUR = wantsColour(process.stdout.isTTY, process.env);
var paint = palette(COLOUR);
var ERR_COLOUR = wantsColour(process.stderr.isTTY, process.env);
var paintErr = palette(ERR_COLOUR);
var LEVEL_PAINT = {
  error: "red",
  warning: "yellow",
  notice: "cyan"
};
function withoutColour(text) {
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, "");
}
function terminalOutput(colours) {
  const write2 = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk, ...rest) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    const readable = (COLOUR ? text : withoutColour(text)).split("\n").map((line) => {
      const command = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
      if (!command) return line;
      const [, name, properties = "", message = ""] = command;
      if (name === "group") return colours.bold(`\u25B8 ${message}`);
      if (name === "endgroup" || name === "add-mask" || name === "debug" || name === "set-output")
        return null;
      if (name === "stop-commands" || /^[0-9a-f]{32}$/.test(name)) return null;
      const file = /file=([^,]*)/.exec(properties)?.[1];
      const line_ = /line=(\d+)/.exec(properties)?.[1];
      const at = file ? `${file}${line_ ? `:${line_}` : ""}: ` : "";
      const colour = LEVEL_PAINT[name ?? ""];
      const level = colour ? colours[colour](`${name}:`) : `${name}:`;
      return `${at}${level} ${message.replace(/%0A/g, "\n").replace(/%0D/g, "").replace(/%25/g, "%")}`;
    }).filter((line) => line !== null);
    if (readable.every((line) => line === "")) return true;
    return write2(readable.join("\n"), ...rest);
  });
}
var stopStatus = () => {
};
async function main(argv) {
  const args = parseCommandLine(argv);
  if (args.kind === "version") {
    write(`pyrelease ${VERSION}
`);
    return 0;
  }
  if (args.kind === "help") {
    write(args.text);
    return 0;
  }
  if (args.kind === "error") {
    write(`pyrelease: ${args.message}

${args.usage}`, "stderr");
    return 2;
  }
  const { command, values } = args;
  if (command === "release" && process.stdout.isTTY) {
    stopStatus = startStatusLine(process.stdout, paint);
  }
  terminalOutput(paint);
  if (command !== "check" && !values["dry-run"]) {
    write(
      `pyrelease: from the command line, ${command} runs only as --dry-run; real releases run in GitHub Actions.
`,
      "stderr"
    );
    return 2;
  }
  const local = await localRun(args.dir, { tag: values.tag, base: values.base });
  const { context } = local;
  const given = inputsFromFlags(values);
  given["working-directory"] = local.workingDirectory;
  given["dry-run"] = "true";
  if (command === "release") {
    const tools = await laptopBuilder({
      builder: values.builder,
      python: values.python,
      uvVersion: values["uv-version"]
    });
    given.builder = tools.builder ?? given.builder;
    given.python = tools.python ?? given.python;
  }
  let inputs;
  try {
    inputs = readInputs((name) => given[name]);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    write(`pyrelease: ${error.message}

${commandUsage(command)}`, "stderr");
    return 2;
  }
  if (command === "bump") {
    const { runBumpDryRun } = await import("./chunks/cli-bump-6RTKZ2OV.js");
    return runBumpDryRun(context, inputs, { dir: args.dir, inRepository: local.inRepository });
  }
  if (command === "release") return releaseCommand(context, inputs, values.tag);
  return checkCommand(context, inputs, values.tag);
}
function inputsFromFlags(values) {
  const given = {};
  for (const [input, { flag, kind }] of Object.entries(FLAGS)) {
    const value = values[flag.slice(2)];
    if (value === void 0 || value === false) continue;
    given[input] = kind === "sets-true" ? "true" : kind === "sets-false" ? "false" : String(value);
  }
  return given;
}
async function releaseCommand(context, inputs, tag) {
  const { runReleaseAndReport } = await import("./chunks/release-G5AT5JLK.js");
  let outcome;
  try {
    outcome = await runReleaseAndReport(context, inputs, tag);
  } finally {
    stopStatus();
  }
  const table = stepTable(outcome.pipeline.records, paint);
  write(`
${table.join("\n")}

Artifacts:
${artifactLines(outcome.files).join("\n")}
`);
  return 0;
}
async function checkCommand(context, inputs, tag) {
  const found = await runPackages(fileSystemReader(context.workspace), inputs, {
    tag,
    repository: context.repository
  });
  if (found.some((entry) => entry.found) && !found.some((entry) => entry.dir === ".")) {
    write(
      `No Python project at the repository root; the packages in its folders are: ${describeFound(found)}.

`
    );
  }
  const chosen = packagesForRun("check", found, {
    tag,
    named: inputs.package,
    repository: context.repository
  });
  let ok = true;
  for (const entry of chosen.length > 0 ? chosen : [void 0]) {
    const { result } = await runCheck(context, inputsForPackage(inputs, entry), tag);
    if (entry) write(`Package ${entry.dir}
`);
    write(`${renderCheckText(result)}
${entry ? "\n" : ""}`);
    ok &&= result.ok;
  }
  return ok ? 0 : 1;
}
function reportFailure(error) {
  if (error instanceof UserError) {
    const text = renderFindingText({
      level: "error",
      title: error.title,
      message: error.message,
      location: error.location
    });
    const plain = ERR_COLOUR ? text : withoutColour(text);
    write(`${plain.replace(/\berror:/, paintErr.red("error:"))}
`, "stderr");
  } else {
    write(
      `pyrelease: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`,
      "stderr"
    );
  }
  process.exitCode = 1;
}
process.on("unhandledRejection", reportFailure);
function ownTemporaryFolder() {
  const folder = mkdtempSync(path2.join(process.env.RUNNER_TEMP || tmpdir(), "pyrelease-"));
  process.env.RUNNER_TEMP = folder;
  process.env.TMPDIR = folder;
  process.env.RUNNER_TOOL_CACHE ||= path2.join(
    process.env.XDG_CACHE_HOME || path2.join(homedir(), ".cache"),
    "pyrelease"
  );
  process.on("exit", () => rmSync(folder, { recursive: true, force: true }));
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143]
  ])
    process.on(signal, () => process.exit(code));
}
ownTemporaryFolder();
main(process.argv.slice(2)).finally(() => stopStatus()).then((code) => {
  process.exitCode = code;
}, reportFailure);
