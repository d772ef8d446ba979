#!/usr/bin/env node
import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  readInputs
} from "./chunks/chunk-PDAP5MVA.js";
import {
  renderCheckText,
  renderFindingText
} from "./chunks/chunk-ITFDCVJS.js";
import {
  runCheck
} from "./chunks/chunk-XRXHDS5F.js";
import "./chunks/chunk-7RSA3HED.js";
import {
  UserError
} from "./chunks/chunk-M3OTX3ED.js";
import "./chunks/chunk-HN3VUIRH.js";

// src/cli.ts
import path from "node:path";
import { parseArgs } from "node:util";
var USAGE = `Usage:
  pyrelease check [DIR] [options]
  pyrelease release --dry-run [DIR] [options]

check: every version number of the Python project in DIR (default: .) must agree:
pyproject.toml, __version__, CHANGELOG.md, uv.lock and, with --tag, the tag.
release --dry-run: validate, build, inspect the artifacts and test the wheel, then
print what would be uploaded and released. Nothing is uploaded or tagged.

Options:
  --tag TAG                  compare with this tag as a tag push would (e.g. v0.1.15)
  --base REF                 (check) compare with the version on REF, as a pull request would
  --changelog FILE           changelog path, relative to DIR ('' for none; default CHANGELOG.md)
  --version-files LIST       extra files holding __version__, comma-separated
  --tag-prefix PREFIX        tag prefix for a monorepo (default: v1.2.3 and 1.2.3 both)
  --require-changelog-entry  (check) fail, not warn, when [Unreleased] is empty
  --builder uv|build         (release) build with uv (default) or python -m build
  --no-build-isolation       (release) build with the backend already installed
  --python PATH              (release) the Python interpreter (default python3)
  --import-name NAME         (release) the module the wheel test imports
  --smoke-test CODE          (release) Python code run after the import
  -h, --help                 show this help
`;
function terminalOutput() {
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk, ...rest) => {
    const text = typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    const readable = text.split("\n").map((line) => {
      const command = /^::([\w-]+)(?: ([^:]*))?::(.*)$/.exec(line);
      if (!command) return line;
      const [, name, properties = "", message = ""] = command;
      if (name === "group") return `\u25B8 ${message}`;
      if (name === "endgroup" || name === "add-mask" || name === "debug" || name === "set-output")
        return null;
      const file = /file=([^,]*)/.exec(properties)?.[1];
      const line_ = /line=(\d+)/.exec(properties)?.[1];
      const at = file ? `${file}${line_ ? `:${line_}` : ""}: ` : "";
      return `${at}${name}: ${message.replace(/%0A/g, "\n").replace(/%0D/g, "").replace(/%25/g, "%")}`;
    }).filter((line) => line !== null);
    if (readable.every((line) => line === "")) return true;
    return write(readable.join("\n"), ...rest);
  });
}
async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      tag: { type: "string" },
      base: { type: "string" },
      changelog: { type: "string" },
      "version-files": { type: "string" },
      "tag-prefix": { type: "string" },
      "require-changelog-entry": { type: "boolean" },
      "dry-run": { type: "boolean" },
      builder: { type: "string" },
      "no-build-isolation": { type: "boolean" },
      python: { type: "string" },
      "import-name": { type: "string" },
      "smoke-test": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  const [command, dir = "."] = positionals;
  if (values.help || command === void 0) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (command !== "check" && command !== "release") {
    process.stderr.write(`pyrelease: unknown command ${JSON.stringify(command)}

${USAGE}`);
    return 2;
  }
  if (command === "release" && !values["dry-run"]) {
    process.stderr.write(
      "pyrelease: from the command line, release runs only as --dry-run; real releases run in GitHub Actions on a tag push.\n"
    );
    return 2;
  }
  const given = {
    changelog: values.changelog,
    "version-files": values["version-files"],
    "tag-prefix": values["tag-prefix"],
    "require-changelog-entry": values["require-changelog-entry"] ? "true" : void 0,
    "dry-run": "true",
    builder: values.builder,
    "build-isolation": values["no-build-isolation"] ? "false" : void 0,
    python: values.python,
    "import-name": values["import-name"],
    "smoke-test": values["smoke-test"]
  };
  const inputs = readInputs((name) => given[name]);
  const workspace = path.resolve(dir);
  const context = {
    eventName: "cli",
    ref: "",
    tag: values.tag,
    branch: void 0,
    pullRequest: values.base ? { number: 0, baseRef: values.base, baseSha: values.base } : void 0,
    workspace,
    repository: void 0,
    serverUrl: "https://github.com",
    sha: void 0,
    defaultBranch: void 0,
    apiUrl: "https://api.github.com",
    dispatchInputs: {}
  };
  if (command === "release") {
    terminalOutput();
    const { runReleaseAndReport } = await import("./chunks/release-report-KNCQNISG.js");
    const outcome = await runReleaseAndReport(context, inputs, values.tag);
    const lines = outcome.pipeline.records.map(
      (record) => `${record.status === "passed" ? "\u2713" : "\u25CB"} ${record.name.padEnd(18)} ${(record.durationMs / 1e3).toFixed(1).padStart(5)} s  ${record.detail}`
    );
    const artifacts = [outcome.sdist, outcome.wheel].map(
      (a) => `  ${a.filename}  ${a.size} bytes  sha256 ${a.sha256}`
    );
    process.stdout.write(`
${lines.join("\n")}

Artifacts:
${artifacts.join("\n")}
`);
    return 0;
  }
  const { result } = await runCheck(context, inputs, values.tag);
  process.stdout.write(`${renderCheckText(result)}
`);
  return result.ok ? 0 : 1;
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    if (error instanceof UserError) {
      process.stderr.write(
        `${renderFindingText({ level: "error", title: error.title, message: error.message, location: error.location })}
`
      );
    } else {
      process.stderr.write(
        `pyrelease: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
      );
    }
    process.exitCode = 1;
  }
);
