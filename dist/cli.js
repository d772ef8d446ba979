#!/usr/bin/env node
import { createRequire as __pyreleaseCreateRequire } from 'node:module'; const require = __pyreleaseCreateRequire(import.meta.url);
import {
  UserError,
  readInputs,
  renderCheckText,
  renderFindingText,
  runCheck
} from "./chunks/chunk-WEBEVJG6.js";

// src/cli.ts
import path from "node:path";
import { parseArgs } from "node:util";
var USAGE = `Usage: pyrelease check [DIR] [options]

Checks that every version number of the Python project in DIR (default: .) agrees:
pyproject.toml, __version__, CHANGELOG.md and, with --tag, the tag.

Options:
  --tag TAG               compare with this tag as a tag push would (e.g. v0.1.15)
  --base REF              compare with the version on REF, as a pull request would
  --changelog FILE        changelog path, relative to DIR ('' for none; default CHANGELOG.md)
  --version-files LIST    extra files holding __version__, comma-separated
  --tag-prefix PREFIX     tag prefix (default v)
  --require-changelog-entry  fail, not warn, when [Unreleased] is empty
  -h, --help              show this help
`;
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
      help: { type: "boolean", short: "h" }
    }
  });
  const [command, dir = "."] = positionals;
  if (values.help || command === void 0) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (command !== "check") {
    process.stderr.write(`pyrelease: unknown command ${JSON.stringify(command)}

${USAGE}`);
    return 2;
  }
  const given = {
    changelog: values.changelog,
    "version-files": values["version-files"],
    "tag-prefix": values["tag-prefix"],
    "require-changelog-entry": values["require-changelog-entry"] ? "true" : void 0
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
    sha: void 0
  };
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
