#!/usr/bin/env node
import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  describeFound,
  runPackages
} from "./chunks/chunk-KUUQZGHB.js";
import {
  inputsForPackage,
  packagesForRun,
  readInputs
} from "./chunks/chunk-CQDB2JI5.js";
import "./chunks/chunk-ULP2OQNC.js";
import {
  fileSystemReader,
  git,
  renderCheckText,
  renderFindingText,
  runCheck
} from "./chunks/chunk-BAH5GUTC.js";
import "./chunks/chunk-CGYPN3IW.js";
import "./chunks/chunk-KGWCHQFJ.js";
import {
  write
} from "./chunks/chunk-QJ74AIE5.js";
import {
  UserError
} from "./chunks/chunk-M3OTX3ED.js";
import "./chunks/chunk-HN3VUIRH.js";

// src/cli/cli-args.ts
import { parseArgs } from "node:util";
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
  "require-changelog-entry": {
    type: "boolean",
    help: "fail, not warn, when [Unreleased] is empty"
  },
  "dry-run": { type: "boolean", help: "show what would happen and change nothing (required)" },
  builder: {
    type: "string",
    value: "uv|build",
    help: "build with uv (default) or python -m build"
  },
  "no-build-isolation": { type: "boolean", help: "build with the backend already installed" },
  python: { type: "string", value: "PATH", help: "the Python interpreter (default python3)" },
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
  "allow-empty-changelog": { type: "boolean", help: "bump even when [Unreleased] is empty" },
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
    options: [...PROJECT, "tag", "base", "require-changelog-entry"]
  },
  release: {
    synopsis: "pyrelease release --dry-run [DIR] [options]",
    about: "Validate, build, inspect the artifacts and test the wheel, then print what\nwould be uploaded and released. Nothing is uploaded or tagged: real releases\nrun in GitHub Actions.",
    options: [
      ...PROJECT,
      "dry-run",
      "tag",
      "builder",
      "no-build-isolation",
      "python",
      "import-name",
      "smoke-test"
    ]
  },
  bump: {
    synopsis: "pyrelease bump --dry-run [DIR] --bump LEVEL [options]",
    about: 'Show what "Run workflow" with this bump would change: the diff of every file,\nthe commit message and the annotated tag. Nothing is written, committed or\npushed.',
    options: [...PROJECT, "dry-run", "bump", "preid", "version-style", "allow-empty-changelog"]
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
function describeParseError(error) {
  const { code, message } = error;
  const option = /'(-[^' ]+)/.exec(message ?? "")?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option}`;
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
    return { kind: "error", message: `unknown command ${JSON.stringify(first)}`, usage: USAGE };
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

// src/cli/cli.ts
var VERSION = true ? "0.1.0" : "development";
function terminalOutput() {
  const write2 = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk, ...rest) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    const readable = text.split("\n").map((line) => {
      const command = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
      if (!command) return line;
      const [, name, properties = "", message = ""] = command;
      if (name === "group") return `\u25B8 ${message}`;
      if (name === "endgroup" || name === "add-mask" || name === "debug" || name === "set-output")
        return null;
      if (name === "stop-commands" || /^[0-9a-f]{32}$/.test(name)) return null;
      const file = /file=([^,]*)/.exec(properties)?.[1];
      const line_ = /line=(\d+)/.exec(properties)?.[1];
      const at = file ? `${file}${line_ ? `:${line_}` : ""}: ` : "";
      return `${at}${name}: ${message.replace(/%0A/g, "\n").replace(/%0D/g, "").replace(/%25/g, "%")}`;
    }).filter((line) => line !== null);
    if (readable.every((line) => line === "")) return true;
    return write2(readable.join("\n"), ...rest);
  });
}
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
  if (command !== "check" && !values["dry-run"]) {
    write(
      `pyrelease: from the command line, ${command} runs only as --dry-run; real releases run in GitHub Actions.
`,
      "stderr"
    );
    return 2;
  }
  const { context, workingDirectory } = await localRun(args.dir, {
    tag: values.tag,
    base: values.base
  });
  const given = {
    "working-directory": workingDirectory,
    changelog: values.changelog,
    "version-files": values["version-files"],
    "tag-prefix": values["tag-prefix"],
    "require-changelog-entry": values["require-changelog-entry"] ? "true" : void 0,
    "dry-run": "true",
    builder: values.builder,
    "build-isolation": values["no-build-isolation"] ? "false" : void 0,
    python: values.python,
    "import-name": values["import-name"],
    "smoke-test": values["smoke-test"],
    bump: values.bump,
    preid: values.preid,
    "version-style": values["version-style"],
    "allow-empty-changelog": values["allow-empty-changelog"] ? "true" : void 0
  };
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
    terminalOutput();
    const { runBumpDryRun } = await import("./chunks/cli-bump-XCK5SLLT.js");
    return runBumpDryRun(context, inputs);
  }
  if (command === "release") {
    terminalOutput();
    const { runReleaseAndReport } = await import("./chunks/release-J5AU4UFP.js");
    const outcome = await runReleaseAndReport(context, inputs, values.tag);
    const lines = outcome.pipeline.records.map(
      (record) => `${record.status === "passed" ? "\u2713" : "\u25CB"} ${record.name.padEnd(18)} ${(record.durationMs / 1e3).toFixed(1).padStart(5)} s  ${record.detail}`
    );
    const artifacts = outcome.files.map(
      (a) => `  ${a.filename}  ${a.size} bytes  sha256 ${a.sha256}`
    );
    write(`
${lines.join("\n")}

Artifacts:
${artifacts.join("\n")}
`);
    return 0;
  }
  return checkCommand(context, inputs, values.tag);
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
    write(
      `${renderFindingText({ level: "error", title: error.title, message: error.message, location: error.location })}
`,
      "stderr"
    );
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
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, reportFailure);
